package jmlir.ir;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An immutable floating-point value of some {@link FloatKind}, behaving like LLVM's APFloat.
 *
 * <p>{@code lo} and {@code hi} hold the bit pattern LLVM's {@code bitcastToAPInt} gives: the low
 * 64 bits and the bits above (f80 and f128 only; 0 for narrower kinds). Patterns are canonical:
 * {@link #fromBits} maps the x87 patterns LLVM reads as NaN (unnormals, pseudo-infinities) to
 * exponent 0x7FFF and pseudo-denormals to exponent 1, as LLVM writes them back.
 *
 * <p>{@code quirk} records the few APFloat states a kind's encoding cannot hold; see {@link Quirk}.
 */
public record FloatValue(FloatKind kind, long lo, long hi, Quirk quirk) {

    /** APFloat states that the bit pattern alone does not capture. */
    public enum Quirk {
        NONE,
        /**
         * f8E8M0FNU has no sign bit, yet APFloat keeps the sign when a negative number is converted
         * to it, and MLIR prints it ({@code -1.0 : f8E8M0FNU} prints as {@code -1.000000e+00}).
         * {@code lo} encodes the magnitude; the bit cast ORs the sign into bit 7 ({@link #bits()}).
         */
        NEGATIVE_UNSIGNED,
        /** An infinity converted to a kind without infinities (f6/f4 kinds): APFloat keeps it. */
        INFINITY_UNENCODED,
        /** A NaN converted to a kind without NaNs (f6/f4 kinds): APFloat keeps it. */
        NAN_UNENCODED
    }

    public FloatValue {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(quirk);
        int width = kind.width();
        boolean fits = width < 64 ? (lo >>> width) == 0 && hi == 0
                : width == 64 ? hi == 0
                : width == 80 ? (hi >>> 16) == 0
                : true;
        if (!fits) throw new IllegalArgumentException("bit pattern too wide for " + kind.keyword());
        if (quirk == Quirk.NEGATIVE_UNSIGNED ? kind != FloatKind.F8E8M0FNU || lo == 0xFF
                : quirk != Quirk.NONE && kind.encoding() != FloatKind.Encoding.FINITE) {
            throw new IllegalArgumentException(quirk + " does not apply to " + kind.keyword());
        }
    }

    public FloatValue(FloatKind kind, long lo, long hi) {
        this(kind, lo, hi, Quirk.NONE);
    }

    // ---------------------------------------------------------------- construction

    /** The value with the given bit pattern (width must fit), canonicalized as LLVM does. */
    public static FloatValue fromBits(FloatKind kind, long lo, long hi) {
        if (kind == FloatKind.F80 && (hi >>> 16) == 0) {
            long exp = hi & 0x7FFF;
            boolean integerBit = lo < 0;
            if (exp != 0 && exp != 0x7FFF && !integerBit) hi |= 0x7FFF; // unnormal: a NaN
            else if (exp == 0 && integerBit) hi |= 1;                     // pseudo-denormal
        }
        return new FloatValue(kind, lo, hi);
    }

    public static FloatValue fromBits(FloatKind kind, long bits) {
        return fromBits(kind, bits, 0);
    }

    /**
     * Converts a double as APFloat's {@code convert} does, rounding to nearest, ties to even.
     * Overflow gives infinity, or NaN for kinds with NaN but no infinity, or the largest finite
     * value for kinds with neither; NaN payloads are truncated and quieted.
     */
    public static FloatValue fromDouble(FloatKind kind, double value) {
        long raw = Double.doubleToRawLongBits(value);
        if (kind == FloatKind.F64) return new FloatValue(kind, raw, 0);
        boolean negative = raw < 0;
        int biased = (int) (raw >>> 52) & 0x7FF;
        long fraction = raw & FRACTION_52;
        if (biased == 0x7FF) {
            return fraction == 0 ? infinity(kind, negative) : nanFromDouble(kind, negative, fraction);
        }
        if (biased == 0 && fraction == 0) return zero(kind, negative);
        long significand = biased == 0 ? fraction : fraction | 1L << 52;
        return round(kind, negative, significand, Math.max(biased, 1) - 1075, false);
    }

    /**
     * Reads a float literal as MLIR's parser does for an attribute of this kind. {@code literal}
     * is an optional '-' then either a float literal token ({@code 1.5}, {@code 2.e-3}), which is
     * first read as a correctly rounded double and then converted, or a hexadecimal integer token
     * ({@code 0x7FC00000}) giving the bit pattern.
     *
     * @throws NumberFormatException with MLIR's message if the literal is not valid for the kind
     */
    public static FloatValue parseLiteral(FloatKind kind, CharSequence literal) {
        String text = literal.toString();
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        if (body.startsWith("0x")) {
            if (negative) {
                throw new NumberFormatException(
                        "hexadecimal float literal should not have a leading minus");
            }
            BigInteger bits = new BigInteger(body.substring(2), 16);
            if (bits.bitLength() > kind.width()) {
                throw new NumberFormatException("hexadecimal float constant out of range for type");
            }
            return fromBits(kind, bits.longValue(), bits.shiftRight(64).longValue());
        }
        if (!isFloatToken(body)) {
            if (!body.isEmpty() && skipDigits(body, 0) == body.length()) {
                throw new NumberFormatException(
                        "unexpected decimal integer literal for a floating point value");
            }
            throw new NumberFormatException("expected floating point literal");
        }
        return fromDouble(kind, Double.parseDouble(text));
    }

    /** MLIR's float literal token: digits '.' digits? ([eE] [+-]? digits)?. */
    private static boolean isFloatToken(String s) {
        int n = s.length();
        int i = skipDigits(s, 0);
        if (i == 0 || i == n || s.charAt(i) != '.') return false;
        i = skipDigits(s, i + 1);
        if (i == n) return true;
        if (s.charAt(i) != 'e' && s.charAt(i) != 'E') return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = i;
        return skipDigits(s, i) == n && n > digits;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    // ---------------------------------------------------------------- classification

    public boolean isNaN() {
        if (quirk == Quirk.NAN_UNENCODED) return true;
        if (quirk != Quirk.NONE) return false;
        return switch (kind.encoding()) {
            case IEEE -> kind == FloatKind.F128
                    ? (hi & EXP_128) == EXP_128 && ((hi & FRAC_HI_128) != 0 || lo != 0)
                    : biasedExponent() == expMask() && (lo & fractionMask()) != 0;
            case X87 -> (hi & 0x7FFF) == 0x7FFF && lo != Long.MIN_VALUE;
            case FN -> (lo & ~signBit()) == ((1L << (kind.width() - 1)) - 1);
            case FNUZ -> lo == signBit();
            case E8M0 -> lo == 0xFF;
            case FINITE -> false;
        };
    }

    public boolean isInfinite() {
        if (quirk == Quirk.INFINITY_UNENCODED) return true;
        if (quirk != Quirk.NONE) return false;
        return switch (kind.encoding()) {
            case IEEE -> kind == FloatKind.F128
                    ? (hi & ~Long.MIN_VALUE) == EXP_128 && lo == 0
                    : (lo & ~signBit()) == expMask() << kind.fractionBits();
            case X87 -> (hi & 0x7FFF) == 0x7FFF && lo == Long.MIN_VALUE;
            default -> false;
        };
    }

    public boolean isFinite() {
        return !isNaN() && !isInfinite();
    }

    public boolean isZero() {
        if (quirk != Quirk.NONE) return false;
        return switch (kind.encoding()) {
            case E8M0 -> false;
            case FNUZ -> lo == 0;
            case X87 -> (hi & 0x7FFF) == 0 && lo == 0;
            default -> kind == FloatKind.F128
                    ? (hi & ~Long.MIN_VALUE) == 0 && lo == 0
                    : (lo & ~signBit()) == 0;
        };
    }

    /** The sign APFloat holds (the FNUZ NaN counts as negative, as its pattern is -0). */
    public boolean isNegative() {
        return switch (kind.encoding()) {
            case E8M0 -> quirk == Quirk.NEGATIVE_UNSIGNED;
            case X87 -> (hi & 0x8000) != 0;
            default -> kind == FloatKind.F128 ? hi < 0 : (lo & signBit()) != 0;
        };
    }

    // ---------------------------------------------------------------- bits and numeric value

    /** Low 64 bits of the pattern LLVM's bit cast gives (what dense storage holds). */
    public long bits() {
        return quirk == Quirk.NEGATIVE_UNSIGNED ? lo | 0x80 : lo;
    }

    /** Bits above the low 64 of the bit cast pattern (f80, f128), else 0. */
    public long bitsHi() {
        return hi;
    }

    /** The bit cast pattern as a non-negative integer. */
    public BigInteger bitsAsBigInteger() {
        BigInteger low = unsigned(bits());
        return hi == 0 ? low : unsigned(hi).shiftLeft(64).or(low);
    }

    /**
     * Magnitude's significand N of a finite value: |value| = N × 2^{@link #exponent()}. Includes the
     * integer bit for normal values; zero for zeros. Kinds of at most 64 bits only.
     */
    public long significandLong() {
        return switch (kind.encoding()) {
            case E8M0 -> 1;
            case X87 -> lo;
            default -> {
                if (kind.width() > 64) throw new UnsupportedOperationException(kind.keyword());
                long fraction = lo & fractionMask();
                yield biasedExponent() == 0 ? fraction : fraction | 1L << kind.fractionBits();
            }
        };
    }

    /** The significand N of a finite value as an unsigned integer, for every kind. */
    public BigInteger significand() {
        if (kind == FloatKind.F128) {
            BigInteger fraction = BigInteger.valueOf(hi & FRAC_HI_128).shiftLeft(64).or(unsigned(lo));
            return (hi & EXP_128) == 0 ? fraction : fraction.setBit(112);
        }
        return unsigned(significandLong());
    }

    private static BigInteger unsigned(long x) {
        return x >= 0 ? BigInteger.valueOf(x) : BigInteger.valueOf(x).add(BigInteger.ONE.shiftLeft(64));
    }

    /** The binary exponent of the significand's lowest bit, for finite values. */
    public int exponent() {
        return switch (kind.encoding()) {
            case E8M0 -> (int) lo - 127;
            case X87 -> Math.max((int) hi & 0x7FFF, 1) - 16383 - 63;
            default -> kind == FloatKind.F128
                    ? Math.max((int) (hi >>> 48) & 0x7FFF, 1) - 16383 - 112
                    : Math.max(biasedExponent(), 1) - kind.bias() - kind.fractionBits();
        };
    }

    /**
     * The value as a double: exact for kinds of at most 64 bits, rounded to nearest even for f80
     * and f128. NaNs keep their sign, and their payload where the kind has one.
     */
    public double toDouble() {
        if (kind == FloatKind.F64) return Double.longBitsToDouble(lo);
        boolean negative = isNegative();
        if (isInfinite()) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (isNaN()) {
            long payload = switch (kind.encoding()) { // the top 52 fraction bits
                case IEEE -> kind == FloatKind.F128
                        ? (hi & FRAC_HI_128) << 4 | lo >>> 60
                        : (lo & fractionMask()) << (52 - kind.fractionBits());
                case X87 -> (lo << 1) >>> 12;
                default -> 1L << 51;
            };
            if (payload == 0) payload = 1L << 51;
            return Double.longBitsToDouble((negative ? Long.MIN_VALUE : 0) | 0x7FFL << 52 | payload);
        }
        if (isZero()) return negative ? -0.0 : 0.0;
        if (kind.precision() > 53) {
            return Double.longBitsToDouble(round(FloatKind.F64, negative, significand(), exponent(), false).lo());
        }
        double magnitude = Math.scalb((double) significandLong(), exponent());
        return negative ? -magnitude : magnitude;
    }

    // ---------------------------------------------------------------- rounding (package-private)

    /**
     * Rounds ±mant × 2^exp (plus a nonzero fraction below mant's lowest bit if {@code sticky}) to
     * the kind, nearest-even, following APFloat's normalize. With {@code sticky}, mant must carry
     * at least precision + 2 bits.
     */
    static FloatValue round(FloatKind kind, boolean negative, BigInteger mant, int exp, boolean sticky) {
        if (mant.signum() == 0) return zero(kind, negative);
        if (kind.precision() > 53) return roundWide(kind, negative, mant, exp, sticky);
        int excess = mant.bitLength() - 62;
        if (excess > 0) {
            sticky |= mant.getLowestSetBit() < excess;
            mant = mant.shiftRight(excess);
            exp += excess;
        }
        return round(kind, negative, mant.longValue(), exp, sticky);
    }

    /** As above, for 0 < mant < 2^62. */
    static FloatValue round(FloatKind kind, boolean negative, long mant, int exp, boolean sticky) {
        if (kind.precision() > 53) return roundWide(kind, negative, BigInteger.valueOf(mant), exp, sticky);
        int p = kind.precision();
        int top = 63 - Long.numberOfLeadingZeros(mant) + exp; // exponent of the leading bit
        if (top > kind.maxExponent()) return overflow(kind, negative);
        int e = Math.max(top, kind.minExponent());
        int shift = e - (p - 1) - exp;
        long sig;
        boolean up = false;
        if (shift <= 0) {
            sig = mant << -shift;
        } else if (shift > 62) {
            sig = 0;
        } else {
            sig = mant >>> shift;
            long rest = mant & ((1L << shift) - 1), half = 1L << (shift - 1);
            up = rest > half || rest == half && (sticky || (sig & 1) != 0);
        }
        long fractionMask = (1L << (p - 1)) - 1;
        boolean allOnesIsNaN = kind.encoding() == FloatKind.Encoding.FN;
        // In FN kinds the all-ones pattern is NaN, so reaching it (even exactly) overflows.
        if (allOnesIsNaN && e == kind.maxExponent() && (sig & fractionMask) == fractionMask) {
            return nan(kind, negative);
        }
        if (up) {
            sig++;
            if (sig == 1L << p) {
                if (e == kind.maxExponent()) return overflow(kind, negative);
                sig >>>= 1;
                e++;
            }
            if (allOnesIsNaN && e == kind.maxExponent() && (sig & fractionMask) == fractionMask) {
                return nan(kind, negative);
            }
        }
        if (sig == 0) return zero(kind, negative);
        if (kind.encoding() == FloatKind.Encoding.E8M0) {
            return new FloatValue(kind, e + 127, 0, negative ? Quirk.NEGATIVE_UNSIGNED : Quirk.NONE);
        }
        long biased = (sig >>> (p - 1)) != 0 ? e + kind.bias() : 0;
        long sign = negative ? 1L << (kind.width() - 1) : 0;
        return new FloatValue(kind, sign | biased << (p - 1) | (sig & fractionMask), 0);
    }

    /** Rounding for f80 and f128, whose kinds are IEEE-like apart from x87's integer bit. */
    private static FloatValue roundWide(FloatKind kind, boolean negative, BigInteger mant, int exp,
                                        boolean sticky) {
        int p = kind.precision();
        int top = mant.bitLength() - 1 + exp;
        if (top > kind.maxExponent()) return infinity(kind, negative);
        int e = Math.max(top, kind.minExponent());
        int shift = e - (p - 1) - exp;
        BigInteger sig;
        boolean up = false;
        if (shift <= 0) {
            sig = mant.shiftLeft(-shift);
        } else {
            sig = mant.shiftRight(shift);
            boolean below = sticky || mant.getLowestSetBit() < shift - 1;
            up = mant.testBit(shift - 1) && (below || sig.testBit(0));
        }
        if (up) {
            sig = sig.add(BigInteger.ONE);
            if (sig.bitLength() > p) {
                if (e == kind.maxExponent()) return infinity(kind, negative);
                sig = sig.shiftRight(1);
                e++;
            }
        }
        if (sig.signum() == 0) return zero(kind, negative);
        long biased = sig.testBit(p - 1) ? e + 16383 : 0;
        if (kind == FloatKind.F80) {
            return new FloatValue(kind, sig.longValue(), (negative ? 0x8000 : 0) | biased);
        }
        BigInteger fraction = sig.clearBit(112);
        long high = fraction.shiftRight(64).longValue() | biased << 48 | (negative ? Long.MIN_VALUE : 0);
        return new FloatValue(kind, fraction.longValue(), high);
    }

    /** Correctly rounds ±digits × 10^exp10 to the kind, as APFloat reads a decimal string. */
    static FloatValue roundDecimal(FloatKind kind, boolean negative, BigInteger digits, int exp10) {
        if (digits.signum() == 0) return zero(kind, negative);
        if (exp10 >= 0) return round(kind, negative, digits.multiply(BigInteger.TEN.pow(exp10)), 0, false);
        BigInteger divisor = BigInteger.TEN.pow(-exp10);
        int scale = Math.max(0, kind.precision() + 3 - (digits.bitLength() - divisor.bitLength()));
        BigInteger[] qr = digits.shiftLeft(scale).divideAndRemainder(divisor);
        return round(kind, negative, qr[0], -scale, qr[1].signum() != 0);
    }

    /**
     * Whether a finite nonzero double lies exactly halfway between two neighbours of a kind of at
     * most 53 bits precision (so a decimal rounded first to that double may round differently).
     */
    static boolean isHalfway(FloatKind kind, double value) {
        long raw = Double.doubleToRawLongBits(value);
        int biased = (int) (raw >>> 52) & 0x7FF;
        long mant = biased == 0 ? raw & FRACTION_52 : (raw & FRACTION_52) | 1L << 52;
        int exp = Math.max(biased, 1) - 1075;
        int top = 63 - Long.numberOfLeadingZeros(mant) + exp;
        if (top > kind.maxExponent()) return false;
        int shift = Math.max(top, kind.minExponent()) - (kind.precision() - 1) - exp;
        return shift > 0 && shift < 63 && (mant & ((1L << shift) - 1)) == 1L << (shift - 1);
    }

    // ---------------------------------------------------------------- special values

    static FloatValue zero(FloatKind kind, boolean negative) {
        return switch (kind.encoding()) {
            case FNUZ, E8M0 -> new FloatValue(kind, 0, 0); // E8M0 has no zero: 2^-127 instead
            case X87 -> new FloatValue(kind, 0, negative ? 0x8000 : 0);
            default -> kind == FloatKind.F128
                    ? new FloatValue(kind, 0, negative ? Long.MIN_VALUE : 0)
                    : new FloatValue(kind, negative ? 1L << (kind.width() - 1) : 0, 0);
        };
    }

    static FloatValue infinity(FloatKind kind, boolean negative) {
        return switch (kind.encoding()) {
            case X87 -> new FloatValue(kind, Long.MIN_VALUE, (negative ? 0x8000 : 0) | 0x7FFF);
            case FN, FNUZ, E8M0 -> nan(kind, negative);
            case FINITE -> new FloatValue(kind, unencodedSpecial(kind, negative, 0), 0, Quirk.INFINITY_UNENCODED);
            case IEEE -> kind == FloatKind.F128
                    ? new FloatValue(kind, 0, (negative ? Long.MIN_VALUE : 0) | EXP_128)
                    : new FloatValue(kind, (negative ? 1L << (kind.width() - 1) : 0)
                            | ((1L << kind.exponentBits()) - 1) << kind.fractionBits(), 0);
        };
    }

    /** The NaN of a kind whose only non-finite values are NaNs. */
    private static FloatValue nan(FloatKind kind, boolean negative) {
        long width = kind.width();
        return switch (kind.encoding()) {
            case FN -> new FloatValue(kind, (negative ? 1L << (width - 1) : 0) | ((1L << (width - 1)) - 1), 0);
            case FNUZ -> new FloatValue(kind, 1L << (width - 1), 0);
            case E8M0 -> new FloatValue(kind, 0xFF, 0);
            default -> throw new IllegalStateException(kind.keyword());
        };
    }

    /** Overflow of a finite result: infinity, or NaN, or (f6/f4 kinds) the largest value. */
    private static FloatValue overflow(FloatKind kind, boolean negative) {
        if (kind.encoding() != FloatKind.Encoding.FINITE) return infinity(kind, negative);
        long sign = negative ? 1L << (kind.width() - 1) : 0;
        return new FloatValue(kind, sign | (1L << (kind.width() - 1)) - 1, 0);
    }

    private static FloatValue nanFromDouble(FloatKind kind, boolean negative, long payload) {
        boolean signaling = (payload & 1L << 51) == 0;
        switch (kind.encoding()) {
            case FN, FNUZ, E8M0:
                return nan(kind, negative);
            case X87: {
                long sig = payload << 11 | Long.MIN_VALUE | (signaling ? 1L << 62 : 0);
                return new FloatValue(kind, sig, (negative ? 0x8000 : 0) | 0x7FFF);
            }
            default:
                break;
        }
        if (kind == FloatKind.F128) {
            long high = payload >>> 4 | (signaling ? 1L << 47 : 0);
            return new FloatValue(kind, payload << 60, (negative ? Long.MIN_VALUE : 0) | EXP_128 | high);
        }
        int fractionBits = kind.fractionBits();
        long fraction = payload >>> (52 - fractionBits) | (signaling ? 1L << (fractionBits - 1) : 0);
        if (kind.encoding() == FloatKind.Encoding.FINITE) {
            return new FloatValue(kind, unencodedSpecial(kind, negative, fraction), 0, Quirk.NAN_UNENCODED);
        }
        long sign = negative ? 1L << (kind.width() - 1) : 0;
        return new FloatValue(kind, sign | ((1L << kind.exponentBits()) - 1) << fractionBits | fraction, 0);
    }

    /**
     * The pattern LLVM's bit cast writes for an infinity or NaN in a kind without them: the
     * exponent one past the largest, truncated to the field.
     */
    private static long unencodedSpecial(FloatKind kind, boolean negative, long fraction) {
        long exponentField = (kind.maxExponent() + 1 + kind.bias()) & ((1L << kind.exponentBits()) - 1);
        return (negative ? 1L << (kind.width() - 1) : 0) | exponentField << kind.fractionBits() | fraction;
    }

    // ---------------------------------------------------------------- field helpers

    private static final long FRACTION_52 = (1L << 52) - 1;
    private static final long EXP_128 = 0x7FFFL << 48;
    private static final long FRAC_HI_128 = (1L << 48) - 1;

    private long signBit() {
        return 1L << (kind.width() - 1);
    }

    private long expMask() {
        return (1L << kind.exponentBits()) - 1;
    }

    private long fractionMask() {
        return (1L << kind.fractionBits()) - 1;
    }

    private int biasedExponent() {
        return (int) ((lo >>> kind.fractionBits()) & expMask());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatValue that
                && Objects.equals(kind, that.kind)
                && lo == that.lo
                && hi == that.hi
                && Objects.equals(quirk, that.quirk);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(kind);
        h = 31 * h + Long.hashCode(lo);
        h = 31 * h + Long.hashCode(hi);
        h = 31 * h + Objects.hashCode(quirk);
        return h;
    }
}
