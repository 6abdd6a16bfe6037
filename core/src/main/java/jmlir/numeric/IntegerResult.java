package jmlir.numeric;

import java.math.BigInteger;

/**
 * A float converted to an integer: the value (null when the conversion is invalid: NaN,
 * infinity or out of range) and the {@link FloatStatus} flags.
 */
public record IntegerResult(BigInteger value, int status) {
    public boolean isValid() {
        return (status & FloatStatus.INVALID_OP) == 0;
    }
}
