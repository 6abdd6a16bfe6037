package jmlir.dialect.arith;

/** arith.remf: floating-point remainder. */
public final class RemFOp extends FloatBinaryOp {
    public RemFOp(Init init) {
        super(init);
    }
}
