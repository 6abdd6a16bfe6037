package jmlir.dialect.arith;

/** arith.remsi: signed remainder. */
public final class RemSIOp extends BinaryOp {
    public RemSIOp(Init init) {
        super(init);
    }
}
