package jmlir.dialect.arith;

/** arith.shrsi: arithmetic shift right. */
public final class ShRSIOp extends ExactBinaryOp {
    public ShRSIOp(Init init) {
        super(init);
    }
}
