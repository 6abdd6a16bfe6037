package jmlir.dialect.arith;

import jmlir.ir.Value;

/**
 * An op computing a double-width result as two values: {@code addui_extended} (sum and overflow
 * bit), {@code mulsi_extended} and {@code mului_extended} (low and high halves).
 */
public abstract class ExtendedOp extends ArithOp {
    protected ExtendedOp(Init init) {
        super(init);
    }

    public Value lhs() {
        return operand(0);
    }

    public Value rhs() {
        return operand(1);
    }
}
