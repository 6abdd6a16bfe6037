package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.Value;

/** arith.scaling_extf: extension to a wider floating-point type, multiplied by a scale. */
public final class ScalingExtFOp extends CastOp {
    public ScalingExtFOp(Init init) {
        super(init);
    }

    /** The scale applied to the operand. */
    public Value scale() {
        return operand(1);
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
