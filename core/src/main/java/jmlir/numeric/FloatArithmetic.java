package jmlir.numeric;

import jmlir.ir.FloatKind;
import jmlir.ir.FloatValue;

import java.math.BigInteger;

/**
 * IEEE 754 arithmetic on {@link FloatValue}s of any {@link FloatKind}, with the results and flags
 * LLVM's APFloat gives: correctly rounded sums, differences, products and quotients in every
 * {@link RoundingMode}, exact remainders, comparisons, and the minimum/maximum families. Both
 * operands must be of the same kind.
 *
 * <p>NaN operands propagate as APFloat does: the left NaN if there is one, else the right,
 * quieted (a signaling NaN raises invalid-op); invalid operations give the kind's default NaN.
 */
public final class FloatArithmetic {
    private FloatArithmetic() {
    }

    // ---------------------------------------------------------------- the four operations

    public static FloatResult add(FloatValue a, FloatValue b, RoundingMode mode) {
        return addOrSubtract(a, b, false, mode);
    }

    public static FloatResult subtract(FloatValue a, FloatValue b, RoundingMode mode) {
        return addOrSubtract(a, b, true, mode);
    }

    /** a + b rounded to nearest even (no flags; f32 and f64 take the JDK's IEEE arithmetic). */
    public static FloatValue add(FloatValue a, FloatValue b) {
        FloatValue fast = hardware(a, b, '+');
        return fast != null ? fast : add(a, b, RoundingMode.NEAREST_TIES_TO_EVEN).value();
    }

    public static FloatValue subtract(FloatValue a, FloatValue b) {
        FloatValue fast = hardware(a, b, '-');
        return fast != null ? fast : subtract(a, b, RoundingMode.NEAREST_TIES_TO_EVEN).value();
    }

    public static FloatValue multiply(FloatValue a, FloatValue b) {
        FloatValue fast = hardware(a, b, '*');
        return fast != null ? fast : multiply(a, b, RoundingMode.NEAREST_TIES_TO_EVEN).value();
    }

    public static FloatValue divide(FloatValue a, FloatValue b) {
        FloatValue fast = hardware(a, b, '/');
        return fast != null ? fast : divide(a, b, RoundingMode.NEAREST_TIES_TO_EVEN).value();
    }

    /**
     * The result of the JDK's float or double arithmetic, which is IEEE's with rounding to
     * nearest even, for f32 and f64 operands; null for other kinds and whenever a NaN is involved
     * (the JDK does not promise APFloat's NaN payloads and signs).
     */
    private static FloatValue hardware(FloatValue a, FloatValue b, char op) {
        if (a.kind() != b.kind() || a.isNaN() || b.isNaN()) return null;
        if (a.kind() == FloatKind.F64) {
            double x = Double.longBitsToDouble(a.bits()), y = Double.longBitsToDouble(b.bits());
            double r = switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                default -> x / y;
            };
            return Double.isNaN(r) ? null : new FloatValue(FloatKind.F64, Double.doubleToRawLongBits(r), 0);
        }
        if (a.kind() == FloatKind.F32) {
            float x = Float.intBitsToFloat((int) a.bits()), y = Float.intBitsToFloat((int) b.bits());
            float r = switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                default -> x / y;
            };
            return Float.isNaN(r) ? null : new FloatValue(FloatKind.F32, Float.floatToRawIntBits(r) & 0xFFFFFFFFL, 0);
        }
        return null;
    }

    private static FloatResult addOrSubtract(FloatValue a, FloatValue b, boolean subtract, RoundingMode mode) {
        FloatKind kind = sameKind(a, b);
        FloatResult nan = propagateNaN(a, b);
        if (nan != null) return nan;
        boolean signA = a.isNegative();
        boolean signB = b.isNegative() ^ subtract;
        if (a.isInfinite()) {
            if (b.isInfinite() && signA != signB) return invalid(kind);
            return ok(a);
        }
        if (b.isInfinite()) return ok(FloatEncoding.infinity(kind, signB));
        if (a.isZero() && b.isZero()) {
            // Like-signed zeros keep their sign; otherwise the exact zero is +0 except rounding down.
            boolean sign = signA == signB ? signA : mode == RoundingMode.TOWARD_NEGATIVE;
            return ok(FloatEncoding.zero(kind, sign));
        }
        if (a.isZero()) return ok(signB == b.isNegative() ? b : FloatEncoding.negate(b));
        if (b.isZero()) return ok(a);
        int exp = Math.min(a.exponent(), b.exponent());
        BigInteger x = a.significand().shiftLeft(a.exponent() - exp);
        BigInteger y = b.significand().shiftLeft(b.exponent() - exp);
        BigInteger sum = (signA ? x.negate() : x).add(signB ? y.negate() : y);
        if (sum.signum() == 0) return ok(FloatEncoding.zero(kind, mode == RoundingMode.TOWARD_NEGATIVE));
        return FloatRounding.round(kind, sum.signum() < 0, sum.abs(), exp, false, mode);
    }

    public static FloatResult multiply(FloatValue a, FloatValue b, RoundingMode mode) {
        FloatKind kind = sameKind(a, b);
        FloatResult nan = propagateNaN(a, b);
        if (nan != null) return nan;
        boolean sign = a.isNegative() ^ b.isNegative();
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isZero() || b.isZero()) return invalid(kind);
            return ok(FloatEncoding.infinity(kind, sign));
        }
        if (a.isZero() || b.isZero()) return ok(FloatEncoding.zero(kind, sign));
        return FloatRounding.round(kind, sign, a.significand().multiply(b.significand()),
                a.exponent() + b.exponent(), false, mode);
    }

    public static FloatResult divide(FloatValue a, FloatValue b, RoundingMode mode) {
        FloatKind kind = sameKind(a, b);
        FloatResult nan = propagateNaN(a, b);
        if (nan != null) return nan;
        boolean sign = a.isNegative() ^ b.isNegative();
        if (a.isInfinite()) {
            if (b.isInfinite()) return invalid(kind);
            return ok(FloatEncoding.infinity(kind, sign));
        }
        if (b.isInfinite()) return ok(FloatEncoding.zero(kind, sign));
        if (a.isZero()) {
            if (b.isZero()) return invalid(kind);
            return ok(FloatEncoding.zero(kind, sign));
        }
        if (b.isZero()) {
            return new FloatResult(FloatEncoding.infinity(kind, sign), FloatStatus.DIV_BY_ZERO);
        }
        BigInteger n = a.significand();
        BigInteger d = b.significand();
        // Enough quotient bits that the rounding position and the bit below it are exact.
        int scale = Math.max(0, kind.precision() + 2 - (n.bitLength() - d.bitLength()));
        BigInteger[] qr = n.shiftLeft(scale).divideAndRemainder(d);
        return FloatRounding.round(kind, sign, qr[0], a.exponent() - b.exponent() - scale, qr[1].signum() != 0, mode);
    }

    /**
     * C's fmod (APFloat's mod, arith.remf): a - trunc(a / b) × b, exact, with the sign of a.
     */
    public static FloatResult mod(FloatValue a, FloatValue b) {
        FloatKind kind = sameKind(a, b);
        FloatResult nan = propagateNaN(a, b);
        if (nan != null) return nan;
        if (a.isInfinite() || b.isZero()) return invalid(kind);
        if (a.isZero() || b.isInfinite()) return ok(a);
        int exp = Math.min(a.exponent(), b.exponent());
        BigInteger x = a.significand().shiftLeft(a.exponent() - exp);
        BigInteger y = b.significand().shiftLeft(b.exponent() - exp);
        BigInteger r = x.mod(y);
        if (r.signum() == 0) return ok(FloatEncoding.zero(kind, a.isNegative()));
        return FloatRounding.round(kind, a.isNegative(), r, exp, false, RoundingMode.NEAREST_TIES_TO_EVEN);
    }

    /** IEEE remainder: a - n × b with n the integer nearest a / b (ties to even), exact. */
    public static FloatResult remainder(FloatValue a, FloatValue b) {
        FloatKind kind = sameKind(a, b);
        FloatResult nan = propagateNaN(a, b);
        if (nan != null) return nan;
        if (a.isInfinite() || b.isZero()) return invalid(kind);
        if (a.isZero() || b.isInfinite()) return ok(a);
        int exp = Math.min(a.exponent(), b.exponent());
        BigInteger x = a.significand().shiftLeft(a.exponent() - exp);
        BigInteger y = b.significand().shiftLeft(b.exponent() - exp);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger r = qr[1];
        int twice = r.shiftLeft(1).compareTo(y);
        boolean negative = a.isNegative();
        if (twice > 0 || twice == 0 && qr[0].testBit(0)) {
            r = y.subtract(r);
            negative = !negative;
        }
        if (r.signum() == 0) return ok(FloatEncoding.zero(kind, a.isNegative()));
        return FloatRounding.round(kind, negative, r, exp, false, RoundingMode.NEAREST_TIES_TO_EVEN);
    }

    /** The value with its sign flipped (zeros and the NaN of kinds whose NaN is -0 keep theirs). */
    public static FloatValue negate(FloatValue a) {
        return FloatEncoding.negate(a);
    }

    // ---------------------------------------------------------------- comparison

    /** IEEE comparison: zeros of either sign are equal, a NaN is unordered with everything. */
    public static Comparison compare(FloatValue a, FloatValue b) {
        sameKind(a, b);
        if (a.isNaN() || b.isNaN()) return Comparison.UNORDERED;
        if (a.isZero() && b.isZero()) return Comparison.EQUAL;
        boolean signA = a.isNegative() && !a.isZero();
        boolean signB = b.isNegative() && !b.isZero();
        if (signA != signB) return signA ? Comparison.LESS : Comparison.GREATER;
        int magnitude = compareMagnitude(a, b);
        if (signA) magnitude = -magnitude;
        return magnitude < 0 ? Comparison.LESS : magnitude > 0 ? Comparison.GREATER : Comparison.EQUAL;
    }

    /** Compares |a| and |b| of non-NaN values. */
    private static int compareMagnitude(FloatValue a, FloatValue b) {
        if (a.isInfinite()) return b.isInfinite() ? 0 : 1;
        if (b.isInfinite()) return -1;
        if (a.isZero()) return b.isZero() ? 0 : -1;
        if (b.isZero()) return 1;
        BigInteger x = a.significand(), y = b.significand();
        long topA = (long) x.bitLength() + a.exponent(), topB = (long) y.bitLength() + b.exponent();
        if (topA != topB) return Long.compare(topA, topB);
        int exp = Math.min(a.exponent(), b.exponent());
        return x.shiftLeft(a.exponent() - exp).compareTo(y.shiftLeft(b.exponent() - exp));
    }

    public static boolean lessThan(FloatValue a, FloatValue b) {
        return compare(a, b) == Comparison.LESS;
    }

    // ---------------------------------------------------------------- minimum and maximum

    /** IEEE 754-2019 maximum: NaN if either is NaN (quieted), -0 below +0. */
    public static FloatValue maximum(FloatValue a, FloatValue b) {
        if (a.isNaN()) return FloatEncoding.quiet(a);
        if (b.isNaN()) return FloatEncoding.quiet(b);
        if (a.isZero() && b.isZero() && a.isNegative() != b.isNegative()) return a.isNegative() ? b : a;
        return lessThan(a, b) ? b : a;
    }

    /** IEEE 754-2019 minimum: NaN if either is NaN (quieted), -0 below +0. */
    public static FloatValue minimum(FloatValue a, FloatValue b) {
        if (a.isNaN()) return FloatEncoding.quiet(a);
        if (b.isNaN()) return FloatEncoding.quiet(b);
        if (a.isZero() && b.isZero() && a.isNegative() != b.isNegative()) return a.isNegative() ? a : b;
        return lessThan(b, a) ? b : a;
    }

    /**
     * maxNum: a signaling NaN operand gives it quieted; otherwise the other operand if one is a
     * quiet NaN; -0 below +0.
     */
    public static FloatValue maxnum(FloatValue a, FloatValue b) {
        if (FloatEncoding.isSignaling(a)) return FloatEncoding.quiet(a);
        if (FloatEncoding.isSignaling(b)) return FloatEncoding.quiet(b);
        if (a.isNaN()) return b;
        if (b.isNaN()) return a;
        if (a.isZero() && b.isZero() && a.isNegative() != b.isNegative()) return a.isNegative() ? b : a;
        return lessThan(a, b) ? b : a;
    }

    /**
     * minNum: a signaling NaN operand gives it quieted; otherwise the other operand if one is a
     * quiet NaN; -0 below +0.
     */
    public static FloatValue minnum(FloatValue a, FloatValue b) {
        if (FloatEncoding.isSignaling(a)) return FloatEncoding.quiet(a);
        if (FloatEncoding.isSignaling(b)) return FloatEncoding.quiet(b);
        if (a.isNaN()) return b;
        if (b.isNaN()) return a;
        if (a.isZero() && b.isZero() && a.isNegative() != b.isNegative()) return a.isNegative() ? a : b;
        return lessThan(b, a) ? b : a;
    }

    // ---------------------------------------------------------------- queries and special values

    /** Whether the value is exactly +1 (APFloat's isExactlyValue(1.0)). */
    public static boolean isOne(FloatValue a) {
        if (!a.isFinite() || a.isZero() || a.isNegative()) return false;
        BigInteger n = a.significand();
        return n.bitCount() == 1 && n.getLowestSetBit() + a.exponent() == 0;
    }

    public static boolean isNegativeZero(FloatValue a) {
        return a.isZero() && a.isNegative();
    }

    public static boolean isPositiveZero(FloatValue a) {
        return a.isZero() && !a.isNegative();
    }

    /** Whether the value is a NaN whose quiet bit is clear. */
    public static boolean isSignaling(FloatValue a) {
        return FloatEncoding.isSignaling(a);
    }

    /**
     * The binary exponent of the leading bit of a finite nonzero value (floor(log2|a|)); for
     * infinities Integer.MAX_VALUE, for zeros Integer.MIN_VALUE + 1, for NaNs Integer.MIN_VALUE,
     * as APFloat's ilogb.
     */
    public static int ilogb(FloatValue a) {
        if (a.isNaN()) return Integer.MIN_VALUE;
        if (a.isInfinite()) return Integer.MAX_VALUE;
        if (a.isZero()) return Integer.MIN_VALUE + 1;
        return a.significand().bitLength() - 1 + a.exponent();
    }

    public static FloatValue largest(FloatKind kind, boolean negative) {
        return FloatEncoding.largest(kind, negative);
    }

    public static FloatValue infinity(FloatKind kind, boolean negative) {
        return FloatEncoding.infinity(kind, negative);
    }

    public static FloatValue zero(FloatKind kind, boolean negative) {
        return FloatEncoding.zero(kind, negative);
    }

    public static FloatValue defaultNaN(FloatKind kind) {
        return FloatEncoding.defaultNaN(kind, false);
    }

    // ---------------------------------------------------------------- helpers

    private static FloatKind sameKind(FloatValue a, FloatValue b) {
        if (a.kind() != b.kind()) {
            throw new IllegalArgumentException("operands of different kinds: " + a.kind() + ", " + b.kind());
        }
        return a.kind();
    }

    /** The NaN result if an operand is NaN: the left one first, quieted; invalid-op if one signals. */
    private static FloatResult propagateNaN(FloatValue a, FloatValue b) {
        if (!a.isNaN() && !b.isNaN()) return null;
        FloatValue nan = a.isNaN() ? a : b;
        int status = FloatEncoding.isSignaling(a) || FloatEncoding.isSignaling(b) ? FloatStatus.INVALID_OP : FloatStatus.OK;
        return new FloatResult(FloatEncoding.quiet(nan), status);
    }

    private static FloatResult invalid(FloatKind kind) {
        return new FloatResult(FloatEncoding.defaultNaN(kind, false), FloatStatus.INVALID_OP);
    }

    private static FloatResult ok(FloatValue v) {
        return new FloatResult(v, FloatStatus.OK);
    }
}
