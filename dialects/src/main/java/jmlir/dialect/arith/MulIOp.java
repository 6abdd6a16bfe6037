package jmlir.dialect.arith;

/** arith.muli: integer multiplication. */
public final class MulIOp extends OverflowBinaryOp {
    public MulIOp(Init init) {
        super(init);
    }
}
