package jmlir.dialect.arith;

/** arith.shli: shift left. */
public final class ShLIOp extends OverflowBinaryOp {
    public ShLIOp(Init init) {
        super(init);
    }
}
