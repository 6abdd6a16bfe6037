package jmlir.dialect.arith;

/** arith.extui: zero extension to a wider integer. */
public final class ExtUIOp extends CastOp {
    public ExtUIOp(Init init) {
        super(init);
    }
}
