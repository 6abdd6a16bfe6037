package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AttrConstraint;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.ir.VectorType;

import java.util.List;

/**
 * {@code affine.vector_store}: writes a vector to consecutive memref elements starting at affine
 * subscripts. Syntax: {@code affine.vector_store %v, %A[%i, %j] : memref<100x100xf32>, vector<8xf32>}.
 */
public final class VectorStoreOp extends Operation {
    public static final String NAME = "affine.vector_store";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("value", VectorLoadOp.NON_ZERO_RANK_VECTOR)
            .operand("memref", LoadOp.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(1))))
            .verifier(VectorStoreOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 2)))
            .assembly(new MemoryAccessSyntax(true, true))
            .factory(VectorStoreOp::new)
            .build();

    public VectorStoreOp(Init init) {
        super(init);
    }

    public Value valueToStore() {
        return operand(0);
    }

    public Value memref() {
        return operand(1);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 2);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(1).type();
        String message = MemoryAccess.verifyIndexing(op, memref, 2);
        if (message != null) return message;
        return MemoryAccess.verifyVectorElementType(memref, (VectorType) op.operand(0).type());
    }
}
