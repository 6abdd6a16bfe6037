package jmlir.ir;

import java.math.BigInteger;

/**
 * Prints float values byte for byte as mlir-opt prints FloatAttr values and dense float elements.
 *
 * <p>MLIR first tries APFloat's {@code toString(6, 0, false)} (e.g. {@code 1.500000e+00}) and uses
 * it if it reads back as the same value; otherwise APFloat's default {@code toString()} (enough
 * digits for the kind, e.g. {@code 3.14159203}) if that contains a '.'; otherwise, and always for
 * infinities and NaNs, the bit pattern in hex ({@code 0x7FC00000}).
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** The text mlir-opt prints for the value. */
    public static String toString(FloatValue value) {
        StringBuilder out = new StringBuilder(24);
        print(value, out);
        return out.toString();
    }

    /** Appends the text mlir-opt prints for the value; returns whether it was printed in hex. */
    public static boolean print(FloatValue value, StringBuilder out) {
        return print(value, out, false);
    }

    /** As {@link #toString(FloatValue)}, using only the BigInteger reference arithmetic (tests). */
    static String toStringExact(FloatValue value) {
        StringBuilder out = new StringBuilder();
        print(value, out, true);
        return out.toString();
    }

    private static boolean print(FloatValue value, StringBuilder out, boolean exact) {
        if (value.isFinite()) {
            boolean negative = value.isNegative();
            if (value.isZero()) {
                appendAPFloat(value, 6, 0, false, out);
                return false;
            }
            Digits digits = new Digits();
            generate(value, 6, digits, exact);
            if (readsBack(value, digits, exact)) {
                appendDigits(negative, digits, 6, 0, false, out);
                return false;
            }
            int precision = naturalPrecision(value.kind());
            generate(value, precision, digits, exact);
            if (!isPlainInteger(digits, precision, 3)) {
                appendDigits(negative, digits, precision, 3, true, out);
                return false;
            }
        }
        appendHex(value, out);
        return true;
    }

    /**
     * Appends what LLVM's {@code APFloat::toString(formatPrecision, formatMaxPadding,
     * truncateZero)} produces: {@code formatPrecision} significant digits (0: enough for the kind),
     * plain notation unless that would need more than {@code formatMaxPadding} zeros (0: always
     * scientific), and with {@code truncateZero} false, padding zeros and a lower-case exponent of
     * at least two digits.
     */
    public static void appendAPFloat(FloatValue value, int formatPrecision, int formatMaxPadding,
                                     boolean truncateZero, StringBuilder out) {
        boolean negative = value.isNegative();
        if (value.isInfinite()) {
            out.append(negative ? "-Inf" : "+Inf");
        } else if (value.isNaN()) {
            out.append("NaN");
        } else if (value.isZero()) {
            if (negative) out.append('-');
            if (formatMaxPadding != 0) {
                out.append('0');
            } else if (truncateZero) {
                out.append("0.0E+0");
            } else {
                out.append("0.0");
                appendZeros(formatPrecision - 1, out);
                out.append("e+00");
            }
        } else {
            int precision = formatPrecision == 0 ? naturalPrecision(value.kind()) : formatPrecision;
            Digits digits = new Digits();
            generate(value, precision, digits, false);
            appendDigits(negative, digits, precision, formatMaxPadding, truncateZero, out);
        }
    }

    /** APFloat's default digit count: 2 + floor(precision / log2(10)). */
    static int naturalPrecision(FloatKind kind) {
        return 2 + kind.precision() * 59 / 196;
    }

    // ---------------------------------------------------------------- digit generation

    /** Decimal digits d[0..count) (most significant first, no trailing zeros) × 10^exp. */
    private static final class Digits {
        char[] d = new char[48];
        int count;
        int exp;
    }

    /**
     * The digits APFloat::toString computes for a finite nonzero value: the exact decimal
     * expansion of N × 2^e, first cut down by an integer division by a power of ten estimated from
     * the bit count (which truncates), then rounded half-up on the first dropped digit.
     */
    private static void generate(FloatValue value, int precision, Digits out, boolean exact) {
        int exp = value.exponent();
        if (exact || value.kind().precision() > 53 || !fastDigits(value.significandLong(), exp, precision, out)) {
            exactDigits(value.significand(), exp, precision, out);
        }
        roundDigits(out, precision);
    }

    /** The powers of ten the bit count allows dropping before extracting digits. */
    private static int removableTens(int bits, int precision) {
        int required = (precision * 196 + 58) / 59; // 196/59 slightly exceeds log2(10)
        return bits > required ? (bits - required) * 59 / 196 : 0;
    }

    /** The reference computation, on BigIntegers. */
    private static void exactDigits(BigInteger n, int exp2, int precision, Digits out) {
        int zeros = n.getLowestSetBit();
        n = n.shiftRight(zeros);
        exp2 += zeros;
        BigInteger v = exp2 >= 0 ? n.shiftLeft(exp2) : n.multiply(BigInteger.valueOf(5).pow(-exp2));
        int exp10 = Math.min(exp2, 0);
        int k = removableTens(v.bitLength(), precision);
        if (k > 0) {
            v = v.divide(BigInteger.TEN.pow(k));
            exp10 += k;
        }
        String s = v.toString();
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (out.d.length < end) out.d = new char[end];
        s.getChars(0, end, out.d, 0);
        out.count = end;
        out.exp = exp10 + s.length() - end;
    }

    /**
     * The same computation in 64/128-bit arithmetic, for significands of at most 53 bits; returns
     * false when an intermediate does not fit (huge or tiny magnitudes).
     *
     * <p>With N odd and t = -exp2 > 0 the value is N·5^t / 10^t, and dividing N·5^t by 10^k is
     * dividing N·5^(t-k) by 2^k, so no big multiply by 5^t is needed; only its bit length, which
     * comes from a table of leading bits of 5^t.
     */
    private static boolean fastDigits(long n, int exp2, int precision, Digits out) {
        int zeros = Long.numberOfTrailingZeros(n);
        n >>>= zeros;
        exp2 += zeros;
        int nBits = 64 - Long.numberOfLeadingZeros(n);
        long w;
        int exp10;
        if (exp2 >= 0) {
            int k = removableTens(nBits + exp2, precision);
            if (k >= POW5.length) return false;
            if (exp2 >= k) {
                if (nBits + exp2 - k > 63) return false;
                w = (n << (exp2 - k)) / POW5[k];
            } else {
                w = (n >>> (k - exp2)) / POW5[k];
            }
            exp10 = k;
        } else {
            int t = -exp2;
            if (t >= LARGE_POW5.length) return false;
            int bits = bitLengthTimesPow5(n, nBits, t);
            if (bits < 0) return false;
            int k = removableTens(bits, precision);
            if (k <= t) {
                if (t - k >= POW5.length) return false;
                long p = POW5[t - k];
                w = shiftRight128(Math.multiplyHigh(n, p), n * p, k);
            } else {
                if (k - t >= POW5.length || k >= 64) return false;
                w = (n >>> k) / POW5[k - t];
            }
            exp10 = k - t;
        }
        if (w <= 0) return false;
        while (w % 10 == 0) {
            w /= 10;
            exp10++;
        }
        int count = 0;
        for (long x = w; x != 0; x /= 10) count++;
        for (int i = count - 1; i >= 0; i--, w /= 10) out.d[i] = (char) ('0' + w % 10);
        out.count = count;
        out.exp = exp10;
        return true;
    }

    /** Bit length of n·5^t, or -1 when the leading-bits table cannot decide it. */
    private static int bitLengthTimesPow5(long n, int nBits, int t) {
        if (t < POW5.length) {
            long hi = Math.multiplyHigh(n, POW5[t]);
            return hi != 0 ? 128 - Long.numberOfLeadingZeros(hi) : 64 - Long.numberOfLeadingZeros(n * POW5[t]);
        }
        // Both factors scaled to [2^63, 2^64): the product has 127 or 128 bits. The table entry
        // is truncated, so the true high word may exceed the computed one by at most 1.
        LargePow5 p = largePow5(t);
        long high = Math.unsignedMultiplyHigh(n << (64 - nBits), p.leadingBits());
        if (high == Long.MAX_VALUE) return -1;
        return nBits + p.bits() - (high < 0 ? 0 : 1);
    }

    /** floor((hi·2^64 + unsigned lo) / 2^k) for a non-negative 128-bit value, or -1 if it overflows. */
    private static long shiftRight128(long hi, long lo, int k) {
        if (k == 0) return hi == 0 && lo >= 0 ? lo : -1;
        if (k < 64) {
            if ((hi >>> k) != 0) return -1;
            long r = hi << (64 - k) | lo >>> k;
            return r >= 0 ? r : -1;
        }
        return k < 128 ? hi >>> (k - 64) : 0;
    }

    /** Rounds to {@code precision} digits, half-up on the first dropped digit, as APFloat does. */
    private static void roundDigits(Digits digits, int precision) {
        if (digits.count <= precision) return;
        char[] d = digits.d;
        digits.exp += digits.count - precision;
        digits.count = precision;
        if (d[precision] < '5') {
            while (d[digits.count - 1] == '0') {
                digits.count--;
                digits.exp++;
            }
            return;
        }
        while (digits.count > 0 && d[digits.count - 1] == '9') {
            digits.count--;
            digits.exp++;
        }
        if (digits.count == 0) {
            d[0] = '1';
            digits.count = 1;
        } else {
            d[digits.count - 1]++;
        }
    }

    // ---------------------------------------------------------------- reading back

    /**
     * Whether the digits, read as APFloat reads a decimal string for the kind (correctly rounded),
     * give the value back. Doubles do most of the work: a double rounding into a narrower kind can
     * only differ from direct rounding when the double lands exactly halfway between two values.
     */
    private static boolean readsBack(FloatValue value, Digits digits, boolean exact) {
        long n = 0;
        for (int i = 0; i < digits.count; i++) n = n * 10 + (digits.d[i] - '0');
        FloatKind kind = value.kind();
        boolean negative = value.isNegative();
        if (!exact && kind.precision() <= 53) {
            double x = decimalToDouble(n, digits.exp);
            if (kind == FloatKind.F64) return Double.doubleToRawLongBits(negative ? -x : x) == value.lo();
            if (x != 0 && !Double.isInfinite(x) && !FloatValue.isHalfway(kind, x)) {
                return FloatValue.fromDouble(kind, negative ? -x : x).equals(value);
            }
        }
        return FloatValue.roundDecimal(kind, negative, BigInteger.valueOf(n), digits.exp).equals(value);
    }

    /** n × 10^exp correctly rounded (a single IEEE operation when both factors are exact). */
    private static double decimalToDouble(long n, int exp) {
        if (exp >= 0 && exp < POW10.length) return n * POW10[exp];
        if (exp < 0 && -exp < POW10.length) return n / POW10[-exp];
        return Double.parseDouble(n + "E" + exp);
    }

    // ---------------------------------------------------------------- text

    /** Whether APFloat would write the digits as an integer without a '.' (MLIR then uses hex). */
    private static boolean isPlainInteger(Digits digits, int precision, int maxPadding) {
        return maxPadding != 0 && digits.exp >= 0
                && digits.exp <= maxPadding && digits.count + digits.exp <= precision;
    }

    private static void appendDigits(boolean negative, Digits digits, int precision, int maxPadding,
                                     boolean truncateZero, StringBuilder out) {
        if (negative) out.append('-');
        char[] d = digits.d;
        int n = digits.count;
        int exp = digits.exp;
        boolean scientific;
        if (maxPadding == 0) {
            scientific = true;
        } else if (exp >= 0) {
            scientific = exp > maxPadding || n + exp > precision;
        } else {
            int leading = exp + n - 1; // power of ten of the leading digit
            scientific = leading < 0 && -leading > maxPadding;
        }
        if (scientific) {
            exp += n - 1;
            out.append(d[0]).append('.');
            if (n == 1 && truncateZero) out.append('0');
            else out.append(d, 1, n - 1);
            if (!truncateZero) appendZeros(precision - n + 1, out);
            out.append(truncateZero ? 'E' : 'e').append(exp >= 0 ? '+' : '-');
            int magnitude = Math.abs(exp);
            if (!truncateZero && magnitude < 10) out.append('0');
            out.append(magnitude);
        } else if (exp >= 0) {
            out.append(d, 0, n);
            appendZeros(exp, out);
        } else if (exp + n > 0) {
            out.append(d, 0, exp + n).append('.').append(d, exp + n, -exp);
        } else {
            out.append("0.");
            appendZeros(-(exp + n), out);
            out.append(d, 0, n);
        }
    }

    private static void appendZeros(int count, StringBuilder out) {
        for (int i = 0; i < count; i++) out.append('0');
    }

    /** 0x then the bit pattern in upper-case hex without leading zeros, as APInt prints it. */
    private static void appendHex(FloatValue value, StringBuilder out) {
        out.append("0x");
        long hi = value.bitsHi(), lo = value.bits();
        if (hi != 0) {
            appendHexDigits(hi, (67 - Long.numberOfLeadingZeros(hi)) / 4, out);
            appendHexDigits(lo, 16, out);
        } else {
            appendHexDigits(lo, Math.max(1, (67 - Long.numberOfLeadingZeros(lo)) / 4), out);
        }
    }

    private static void appendHexDigits(long x, int count, StringBuilder out) {
        for (int i = count - 1; i >= 0; i--) out.append(HEX[(int) (x >>> (4 * i)) & 15]);
    }

    // ---------------------------------------------------------------- tables

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final double[] POW10 = new double[23];  // exact doubles 10^0 .. 10^22
    private static final long[] POW5 = new long[28];       // 5^0 .. 5^27 (< 2^63)
    /**
     * For t up to the smallest f64 exponent, the bit length and leading 64 bits (truncated) of
     * 5^t, computed when first needed: a run meets few exponents, and the whole table would cost
     * every run's start-up milliseconds. Entries are immutable, so a racing fill is harmless.
     */
    private static final LargePow5[] LARGE_POW5 = new LargePow5[1100];

    private record LargePow5(int bits, long leadingBits) {
    }

    private static LargePow5 largePow5(int t) {
        LargePow5 p = LARGE_POW5[t];
        if (p == null) {
            BigInteger value = BigInteger.valueOf(5).pow(t);
            int bits = value.bitLength();
            long leading = bits >= 64 ? value.shiftRight(bits - 64).longValue() : value.longValue() << (64 - bits);
            LARGE_POW5[t] = p = new LargePow5(bits, leading);
        }
        return p;
    }

    static {
        double ten = 1;
        for (int i = 0; i < POW10.length; i++, ten *= 10) POW10[i] = ten;
        long five = 1;
        for (int i = 0; i < POW5.length; i++, five *= 5) POW5[i] = five;
    }
}
