package jmlir.dialect.arith;

/** arith.maxsi: signed maximum. */
public final class MaxSIOp extends BinaryOp {
    public MaxSIOp(Init init) {
        super(init);
    }
}
