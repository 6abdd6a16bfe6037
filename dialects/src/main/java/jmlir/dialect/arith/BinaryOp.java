package jmlir.dialect.arith;

import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** An arith op with two operands and one result of the same type. */
public abstract class BinaryOp extends ArithOp {
    protected BinaryOp(Init init) {
        super(init);
    }

    public Value lhs() {
        return operand(0);
    }

    public Value rhs() {
        return operand(1);
    }

    public OpResult result() {
        return result(0);
    }
}
