package jmlir.dialect.arith;

/** arith.minnumf: minimum, preferring numbers to NaN. */
public final class MinNumFOp extends FloatBinaryOp {
    public MinNumFOp(Init init) {
        super(init);
    }
}
