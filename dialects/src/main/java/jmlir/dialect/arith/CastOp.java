package jmlir.dialect.arith;

import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** An arith cast: one operand {@code in}, one result {@code out}. */
public abstract class CastOp extends ArithOp {
    protected CastOp(Init init) {
        super(init);
    }

    public Value in() {
        return operand(0);
    }

    public OpResult out() {
        return result(0);
    }
}
