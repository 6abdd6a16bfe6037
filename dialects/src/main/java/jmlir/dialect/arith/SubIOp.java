package jmlir.dialect.arith;

/** arith.subi: integer subtraction. */
public final class SubIOp extends OverflowBinaryOp {
    public SubIOp(Init init) {
        super(init);
    }
}
