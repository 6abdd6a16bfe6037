package jmlir.dialect.arith;

/** arith.maxnumf: maximum, preferring numbers to NaN. */
public final class MaxNumFOp extends FloatBinaryOp {
    public MaxNumFOp(Init init) {
        super(init);
    }
}
