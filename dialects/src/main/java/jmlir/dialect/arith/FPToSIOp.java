package jmlir.dialect.arith;

/** arith.fptosi: floating point to signed integer. */
public final class FPToSIOp extends CastOp {
    public FPToSIOp(Init init) {
        super(init);
    }
}
