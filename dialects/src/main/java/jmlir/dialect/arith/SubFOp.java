package jmlir.dialect.arith;

/** arith.subf: floating-point subtraction. */
public final class SubFOp extends FloatBinaryOp {
    public SubFOp(Init init) {
        super(init);
    }
}
