package jmlir.dialect.arith;

/** arith.divui: unsigned integer division. */
public final class DivUIOp extends ExactBinaryOp {
    public DivUIOp(Init init) {
        super(init);
    }
}
