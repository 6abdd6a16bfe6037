package jmlir.dialect.affine;

import java.util.List;
import jmlir.ir.AffineMap;
import jmlir.ir.Operation;
import jmlir.ir.Value;

/** An affine read ({@code affine.load}, {@code affine.vector_load}): the memref, then the map's operands. */
public abstract sealed class AffineReadOp extends Operation permits LoadOp, VectorLoadOp {
    AffineReadOp(Init init) {
        super(init);
    }

    public Value memref() {
        return operand(0);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    /** The values the map's dimensions and symbols stand for. */
    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 1);
    }
}
