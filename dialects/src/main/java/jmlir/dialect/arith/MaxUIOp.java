package jmlir.dialect.arith;

/** arith.maxui: unsigned maximum. */
public final class MaxUIOp extends BinaryOp {
    public MaxUIOp(Init init) {
        super(init);
    }
}
