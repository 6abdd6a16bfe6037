package jmlir.dialect.arith;

/** arith.fptoui: floating point to unsigned integer. */
public final class FPToUIOp extends CastOp {
    public FPToUIOp(Init init) {
        super(init);
    }
}
