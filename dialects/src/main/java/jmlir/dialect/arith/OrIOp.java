package jmlir.dialect.arith;

/** arith.ori: bitwise or. */
public final class OrIOp extends BinaryOp {
    public OrIOp(Init init) {
        super(init);
    }
}
