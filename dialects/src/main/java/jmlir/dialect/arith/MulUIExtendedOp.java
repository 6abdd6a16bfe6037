package jmlir.dialect.arith;

import jmlir.ir.OpResult;

/** arith.mului_extended: unsigned multiplication giving both halves of the product. */
public final class MulUIExtendedOp extends ExtendedOp {
    public MulUIExtendedOp(Init init) {
        super(init);
    }

    public OpResult low() {
        return result(0);
    }

    public OpResult high() {
        return result(1);
    }
}
