package jmlir.dialect.arith;

import jmlir.ir.OpResult;

/** arith.mulsi_extended: signed multiplication giving both halves of the product. */
public final class MulSIExtendedOp extends ExtendedOp {
    public MulSIExtendedOp(Init init) {
        super(init);
    }

    public OpResult low() {
        return result(0);
    }

    public OpResult high() {
        return result(1);
    }
}
