package jmlir.dialect.arith;

/** arith.extsi: sign extension to a wider integer. */
public final class ExtSIOp extends CastOp {
    public ExtSIOp(Init init) {
        super(init);
    }
}
