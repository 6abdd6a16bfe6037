package jmlir.dialect.arith;

/** arith.maximumf: maximum, propagating NaN. */
public final class MaximumFOp extends FloatBinaryOp {
    public MaximumFOp(Init init) {
        super(init);
    }
}
