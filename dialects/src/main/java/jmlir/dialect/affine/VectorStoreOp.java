package jmlir.dialect.affine;

import jmlir.ir.MemRefType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.VectorType;

/**
 * {@code affine.vector_store}: writes a vector to consecutive memref elements starting at affine
 * subscripts. Syntax: {@code affine.vector_store %v, %A[%i, %j] : memref<100x100xf32>, vector<8xf32>}.
 */
public final class VectorStoreOp extends AffineWriteOp {
    public static final String NAME = "affine.vector_store";

    public static final OpDef DEFINITION = MemoryAccess.write(NAME, MemoryAccess.NON_ZERO_RANK_VECTOR, true)
            .verifier(VectorStoreOp::verify)
            .factory(VectorStoreOp::new)
            .build();

    public VectorStoreOp(Init init) {
        super(init);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(1).type();
        String message = MemoryAccess.verifyIndexing(op, memref, 2);
        if (message != null) return message;
        return MemoryAccess.verifyVectorElementType(memref, (VectorType) op.operand(0).type());
    }
}
