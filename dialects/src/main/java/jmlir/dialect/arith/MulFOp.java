package jmlir.dialect.arith;

/** arith.mulf: floating-point multiplication. */
public final class MulFOp extends FloatBinaryOp {
    public MulFOp(Init init) {
        super(init);
    }
}
