package jmlir.dialect.arith;

/** arith.addf: floating-point addition. */
public final class AddFOp extends FloatBinaryOp {
    public AddFOp(Init init) {
        super(init);
    }
}
