package jmlir.dialect.arith;

/** arith.andi: bitwise and. */
public final class AndIOp extends BinaryOp {
    public AndIOp(Init init) {
        super(init);
    }
}
