package jmlir.dialect.affine;

import java.util.List;
import jmlir.ir.AffineMap;
import jmlir.ir.Operation;
import jmlir.ir.Value;

/**
 * An affine write ({@code affine.store}, {@code affine.vector_store}): the value, the memref,
 * then the map's operands.
 */
public abstract sealed class AffineWriteOp extends Operation permits StoreOp, VectorStoreOp {
    AffineWriteOp(Init init) {
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
}
