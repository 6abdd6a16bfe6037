package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;

/** arith.trunci: truncation to a narrower integer. */
public final class TruncIOp extends CastOp {
    public TruncIOp(Init init) {
        super(init);
    }

    /** The overflow flags (none by default). */
    public EnumAttr overflowFlags() {
        return enumProperty("overflowFlags");
    }
}
