package jmlir.dialect.arith;

/** arith.sitofp: signed integer to floating point. */
public final class SIToFPOp extends CastOp {
    public SIToFPOp(Init init) {
        super(init);
    }
}
