package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Value;

/** arith.scaling_truncf: division by a scale, then truncation to a narrower floating-point type. */
public final class ScalingTruncFOp extends CastOp {
    public ScalingTruncFOp(Init init) {
        super(init);
    }

    /** The scale applied to the operand. */
    public Value scale() {
        return operand(1);
    }

    /** The rounding mode ({@code to_nearest_even}, {@code downward}, ...), or null when unset. */
    public String roundingmode() {
        return property("roundingmode") instanceof IntegerAttr i ? Arith.ROUNDING_MODE.stringify(i.value()) : null;
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
