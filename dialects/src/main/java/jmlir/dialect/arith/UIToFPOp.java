package jmlir.dialect.arith;

/** arith.uitofp: unsigned integer to floating point. */
public final class UIToFPOp extends CastOp {
    public UIToFPOp(Init init) {
        super(init);
    }
}
