package jmlir.dialect.arith;

/** arith.minimumf: minimum, propagating NaN. */
public final class MinimumFOp extends FloatBinaryOp {
    public MinimumFOp(Init init) {
        super(init);
    }
}
