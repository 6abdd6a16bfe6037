package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** arith.negf: floating-point negation. */
public final class NegFOp extends ArithOp {
    public NegFOp(Init init) {
        super(init);
    }

    public Value operand() {
        return operand(0);
    }

    public OpResult result() {
        return result(0);
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
