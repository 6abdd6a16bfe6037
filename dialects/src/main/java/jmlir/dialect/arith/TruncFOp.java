package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.IntegerAttr;

/** arith.truncf: truncation to a narrower floating-point type. */
public final class TruncFOp extends CastOp {
    public TruncFOp(Init init) {
        super(init);
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
