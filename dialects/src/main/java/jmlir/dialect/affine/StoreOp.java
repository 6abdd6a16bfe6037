package jmlir.dialect.affine;

import jmlir.ir.MemRefType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;

/**
 * {@code affine.store}: writes a value to the element of a memref at affine subscripts.
 * Syntax: {@code affine.store %v, %A[%i, %j - 1] : memref<?x8xf32>}.
 */
public final class StoreOp extends AffineWriteOp {
    public static final String NAME = "affine.store";

    public static final OpDef DEFINITION = MemoryAccess.write(StoreOp.NAME, TypeConstraint.ANY, false)
            .verifier(StoreOp::verify)
            .factory(StoreOp::new)
            .build();

    public StoreOp(Init init) {
        super(init);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(1).type();
        if (!op.operand(0).type().equals(memref.elementType())) {
            return "value to store must have the same type as memref element type";
        }
        return MemoryAccess.verifyIndexing(op, memref, 2);
    }
}
