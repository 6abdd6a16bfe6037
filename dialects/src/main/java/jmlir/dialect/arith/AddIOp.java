package jmlir.dialect.arith;

/** arith.addi: integer addition. */
public final class AddIOp extends OverflowBinaryOp {
    public AddIOp(Init init) {
        super(init);
    }
}
