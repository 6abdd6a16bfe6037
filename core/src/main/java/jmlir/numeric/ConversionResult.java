package jmlir.numeric;

import jmlir.ir.FloatValue;

/**
 * A float converted to another kind: the value, the {@link FloatStatus} flags, and whether
 * converting back would not give the original (APFloat's losesInfo).
 */
public record ConversionResult(FloatValue value, int status, boolean losesInfo) {
    /** Whether the conversion is exact and raised nothing: what arith's folders require. */
    public boolean isLossless() {
        return status == FloatStatus.OK && !losesInfo;
    }
}
