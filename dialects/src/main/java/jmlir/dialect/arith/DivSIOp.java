package jmlir.dialect.arith;

/** arith.divsi: signed integer division, rounding toward zero. */
public final class DivSIOp extends ExactBinaryOp {
    public DivSIOp(Init init) {
        super(init);
    }
}
