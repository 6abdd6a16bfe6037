package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;

/** A floating-point binary op with fast-math flags. */
public abstract class FloatBinaryOp extends BinaryOp {
    protected FloatBinaryOp(Init init) {
        super(init);
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
