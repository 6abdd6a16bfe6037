package jmlir.dialect.arith;

import jmlir.ir.OpResult;

/** arith.addui_extended: unsigned addition with an overflow bit. */
public final class AddUIExtendedOp extends ExtendedOp {
    public AddUIExtendedOp(Init init) {
        super(init);
    }

    public OpResult sum() {
        return result(0);
    }

    public OpResult overflow() {
        return result(1);
    }
}
