package jmlir.ir;

/**
 * The floating-point types MLIR knows, with the semantics LLVM's APFloat gives them.
 *
 * <p>Exponents follow IEEE 754: a normal value is {@code 1.f × 2^e} with
 * {@code minExponent <= e <= maxExponent}; {@code precision} counts significand bits including
 * the integer bit.
 */
public enum FloatKind {
    F16("f16", 16, 11, 15, -14, Encoding.IEEE),
    BF16("bf16", 16, 8, 127, -126, Encoding.IEEE),
    F32("f32", 32, 24, 127, -126, Encoding.IEEE),
    F64("f64", 64, 53, 1023, -1022, Encoding.IEEE),
    F80("f80", 80, 64, 16383, -16382, Encoding.X87),
    F128("f128", 128, 113, 16383, -16382, Encoding.IEEE),
    TF32("tf32", 19, 11, 127, -126, Encoding.IEEE),
    F8E5M2("f8E5M2", 8, 3, 15, -14, Encoding.IEEE),
    F8E4M3("f8E4M3", 8, 4, 7, -6, Encoding.IEEE),
    F8E4M3FN("f8E4M3FN", 8, 4, 8, -6, Encoding.FN),
    F8E5M2FNUZ("f8E5M2FNUZ", 8, 3, 15, -15, Encoding.FNUZ),
    F8E4M3FNUZ("f8E4M3FNUZ", 8, 4, 7, -7, Encoding.FNUZ),
    F8E4M3B11FNUZ("f8E4M3B11FNUZ", 8, 4, 4, -10, Encoding.FNUZ),
    F8E3M4("f8E3M4", 8, 5, 3, -2, Encoding.IEEE),
    F8E8M0FNU("f8E8M0FNU", 8, 1, 127, -127, Encoding.E8M0),
    F6E2M3FN("f6E2M3FN", 6, 4, 2, 0, Encoding.FINITE),
    F6E3M2FN("f6E3M2FN", 6, 3, 4, -2, Encoding.FINITE),
    F4E2M1FN("f4E2M1FN", 4, 2, 2, 0, Encoding.FINITE);

    /** How a kind encodes infinities, NaNs and zeros. */
    public enum Encoding {
        /** IEEE 754: all-ones exponent is infinity (zero fraction) or NaN; signed zeros. */
        IEEE,
        /** x87 80-bit extended: IEEE-like, but the integer bit is stored explicitly. */
        X87,
        /** "Finite, NaN": no infinity; all-ones exponent and fraction is NaN. */
        FN,
        /** "Finite, NaN, unsigned zero": no infinity, no -0; the -0 pattern is the only NaN. */
        FNUZ,
        /** No infinity and no NaN: every pattern is a finite number. */
        FINITE,
        /** f8E8M0FNU: exponent only, unsigned, no zero; 0xFF is NaN, 0x00 is 2^-127. */
        E8M0
    }

    private final String keyword;
    private final int width;
    private final int precision;
    private final int maxExponent;
    private final int minExponent;
    private final Encoding encoding;

    FloatKind(String keyword, int width, int precision, int maxExponent, int minExponent,
              Encoding encoding) {
        this.keyword = keyword;
        this.width = width;
        this.precision = precision;
        this.maxExponent = maxExponent;
        this.minExponent = minExponent;
        this.encoding = encoding;
    }

    /** The type's spelling in MLIR, e.g. {@code f8E4M3FN}. */
    public String keyword() {
        return keyword;
    }

    /** Size of the encoding in bits. */
    public int width() {
        return width;
    }

    /** Significand bits, including the (possibly implicit) integer bit. */
    public int precision() {
        return precision;
    }

    /** Largest e such that 2^e is representable. */
    public int maxExponent() {
        return maxExponent;
    }

    /** Smallest e such that 2^e is a normal number. */
    public int minExponent() {
        return minExponent;
    }

    public Encoding encoding() {
        return encoding;
    }

    /** Bits of the stored fraction (f80 stores its integer bit too, E8M0 stores none). */
    public int fractionBits() {
        return switch (encoding) {
            case X87 -> 64;
            case E8M0 -> 0;
            default -> precision - 1;
        };
    }

    /** Bits of the exponent field. */
    public int exponentBits() {
        return switch (encoding) {
            case X87 -> 15;
            case E8M0 -> 8;
            default -> width - 1 - fractionBits();
        };
    }

    /** The value added to an exponent to store it (E8M0's exponent field has no denormal step). */
    public int bias() {
        return encoding == Encoding.E8M0 ? -minExponent : 1 - minExponent;
    }

    public boolean hasInfinity() {
        return encoding == Encoding.IEEE || encoding == Encoding.X87;
    }

    public boolean hasNaN() {
        return encoding != Encoding.FINITE;
    }

    public boolean hasNegativeZero() {
        return encoding != Encoding.FNUZ && encoding != Encoding.E8M0;
    }

    public boolean hasZero() {
        return encoding != Encoding.E8M0;
    }

    public boolean isSigned() {
        return encoding != Encoding.E8M0;
    }

    /** The kind spelled {@code keyword}, or null. */
    public static FloatKind fromKeyword(CharSequence keyword) {
        for (FloatKind kind : VALUES) {
            if (kind.keyword.contentEquals(keyword)) return kind;
        }
        return null;
    }

    private static final FloatKind[] VALUES = values();
}
