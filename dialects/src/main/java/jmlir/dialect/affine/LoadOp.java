package jmlir.dialect.affine;

import jmlir.ir.MemRefType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;

/**
 * {@code affine.load}: reads the element of a memref at affine subscripts.
 * Syntax: {@code %v = affine.load %A[%i + 1, symbol(%n)] : memref<?x8xf32>}.
 */
public final class LoadOp extends AffineReadOp {
    public static final String NAME = "affine.load";

    public static final OpDef DEFINITION = MemoryAccess.read(LoadOp.NAME, TypeConstraint.ANY, false)
            .verifier(LoadOp::verify)
            .factory(LoadOp::new)
            .build();

    public LoadOp(Init init) {
        super(init);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(0).type();
        if (!op.result(0).type().equals(memref.elementType())) return "result type must match element type of memref";
        return MemoryAccess.verifyIndexing(op, memref, 1);
    }
}
