package jmlir.numeric;

import jmlir.ir.FloatValue;

/** A floating-point result with the {@link FloatStatus} flags computing it raised. */
public record FloatResult(FloatValue value, int status) {
    public boolean isOk() {
        return status == FloatStatus.OK;
    }
}
