package jmlir.dialect.arith;

/** An integer division or right shift that may be marked {@code exact}. */
public abstract class ExactBinaryOp extends BinaryOp {
    protected ExactBinaryOp(Init init) {
        super(init);
    }

    /** Whether the op is exact (no remainder, or no nonzero bit shifted out). */
    public boolean isExact() {
        return property("isExact") != null;
    }
}
