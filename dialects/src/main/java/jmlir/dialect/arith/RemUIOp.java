package jmlir.dialect.arith;

/** arith.remui: unsigned remainder. */
public final class RemUIOp extends BinaryOp {
    public RemUIOp(Init init) {
        super(init);
    }
}
