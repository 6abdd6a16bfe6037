package jmlir.dialect.arith;

/** arith.shrui: logical shift right. */
public final class ShRUIOp extends ExactBinaryOp {
    public ShRUIOp(Init init) {
        super(init);
    }
}
