package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.OpResult;

/** arith.constant: an integer, float or elements value. */
public final class ConstantOp extends ArithOp {
    public ConstantOp(Init init) {
        super(init);
    }

    /** The constant's value, a typed attribute. */
    public Attribute value() {
        return property("value");
    }

    public OpResult result() {
        return result(0);
    }
}
