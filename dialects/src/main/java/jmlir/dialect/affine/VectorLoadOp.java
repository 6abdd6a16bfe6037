package jmlir.dialect.affine;

import jmlir.ir.MemRefType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.VectorType;

/**
 * {@code affine.vector_load}: reads a vector of consecutive memref elements starting at affine
 * subscripts. Syntax: {@code %v = affine.vector_load %A[%i, %j + 8] : memref<100x100xf32>, vector<8xf32>}.
 */
public final class VectorLoadOp extends AffineReadOp {
    public static final String NAME = "affine.vector_load";

    public static final OpDef DEFINITION = MemoryAccess.read(VectorLoadOp.NAME, MemoryAccess.NON_ZERO_RANK_VECTOR, true)
            .verifier(VectorLoadOp::verify)
            .factory(VectorLoadOp::new)
            .build();

    public VectorLoadOp(Init init) {
        super(init);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(0).type();
        String message = MemoryAccess.verifyIndexing(op, memref, 1);
        if (message != null) return message;
        return MemoryAccess.verifyVectorElementType(memref, (VectorType) op.result(0).type());
    }
}
