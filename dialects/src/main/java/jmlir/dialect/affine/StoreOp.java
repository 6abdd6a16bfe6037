package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AttrConstraint;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

import java.util.List;

/**
 * {@code affine.store}: writes a value to the element of a memref at affine subscripts.
 * Syntax: {@code affine.store %v, %A[%i, %j - 1] : memref<?x8xf32>}.
 */
public final class StoreOp extends Operation {
    public static final String NAME = "affine.store";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("value", TypeConstraint.ANY)
            .operand("memref", LoadOp.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(1))))
            .verifier(StoreOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 2)))
            .assembly(new MemoryAccessSyntax(true, false))
            .factory(StoreOp::new)
            .build();

    public StoreOp(Init init) {
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

    /** The values the map's dimensions and symbols stand for. */
    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 2);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(1).type();
        if (!op.operand(0).type().equals(memref.elementType())) {
            return "value to store must have the same type as memref element type";
        }
        return MemoryAccess.verifyIndexing(op, memref, 2);
    }
}
