package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;

/** An integer binary op with overflow flags ({@code overflow<nsw, nuw>}). */
public abstract class OverflowBinaryOp extends BinaryOp {
    protected OverflowBinaryOp(Init init) {
        super(init);
    }

    /** The overflow flags (none by default). */
    public EnumAttr overflowFlags() {
        return enumProperty("overflowFlags");
    }
}
