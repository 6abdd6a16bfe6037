package jmlir.dialect.arith;

import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** arith.select: picks one of two values by a condition (elementwise for a shaped one). */
public final class SelectOp extends ArithOp {
    public SelectOp(Init init) {
        super(init);
    }

    public Value condition() {
        return operand(0);
    }

    public Value trueValue() {
        return operand(1);
    }

    public Value falseValue() {
        return operand(2);
    }

    public OpResult result() {
        return result(0);
    }
}
