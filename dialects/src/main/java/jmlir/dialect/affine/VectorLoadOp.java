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
 * {@code affine.vector_load}: reads a vector of consecutive memref elements starting at affine
 * subscripts. Syntax: {@code %v = affine.vector_load %A[%i, %j + 8] : memref<100x100xf32>, vector<8xf32>}.
 */
public final class VectorLoadOp extends Operation {
    public static final String NAME = "affine.vector_load";

    static final TypeConstraint NON_ZERO_RANK_VECTOR = TypeConstraint.of("vector of any type values",
            t -> t instanceof VectorType v && v.shape().length > 0);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("memref", LoadOp.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .result("result", NON_ZERO_RANK_VECTOR)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.READ, op.operand(0))))
            .verifier(VectorLoadOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 1)))
            .assembly(new MemoryAccessSyntax(false, true))
            .factory(VectorLoadOp::new)
            .build();

    public VectorLoadOp(Init init) {
        super(init);
    }

    public Value memref() {
        return operand(0);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 1);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(0).type();
        String message = MemoryAccess.verifyIndexing(op, memref, 1);
        if (message != null) return message;
        return MemoryAccess.verifyVectorElementType(memref, (VectorType) op.result(0).type());
    }
}
