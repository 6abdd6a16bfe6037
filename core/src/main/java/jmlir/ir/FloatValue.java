package jmlir.ir;

/** Placeholder until float semantics land. */
public record FloatValue(FloatKind kind, long lo, long hi) {
    public static FloatValue fromBits(FloatKind kind, java.math.BigInteger bits) {
        return new FloatValue(kind, bits.longValue(), bits.shiftRight(64).longValue());
    }

    public static FloatValue fromDouble(FloatKind kind, double d) {
        if (kind == FloatKind.F32) return new FloatValue(kind, Float.floatToRawIntBits((float) d) & 0xffffffffL, 0);
        return new FloatValue(kind, Double.doubleToRawLongBits(d), 0);
    }
}
