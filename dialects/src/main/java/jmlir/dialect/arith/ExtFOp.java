package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;

/** arith.extf: extension to a wider floating-point type. */
public final class ExtFOp extends CastOp {
    public ExtFOp(Init init) {
        super(init);
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
