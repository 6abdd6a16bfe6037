package jmlir.numeric;

import jmlir.ir.FloatKind;
import jmlir.ir.FloatValue;

import java.math.BigInteger;

/**
 * Conversions between float kinds and between floats and integers of any width, as APFloat's
 * {@code convert}, {@code convertFromAPInt} and {@code convertToInteger} perform them.
 */
public final class FloatConversions {
    private FloatConversions() {
    }

    /**
     * Converts to another kind. Finite values are rounded in {@code mode}. NaN payloads move with
     * the significand (truncated or widened), signaling NaNs are quieted and raise invalid-op;
     * kinds whose only special value is NaN turn infinity into NaN (inexact, losing information);
     * the f6/f4 kinds keep infinity and NaN unencoded, as APFloat does; -0 becomes +0 in kinds
     * whose NaN is -0; zero becomes the smallest value in kinds without zero.
     */
    public static ConversionResult convert(FloatValue v, FloatKind to, RoundingMode mode) {
        FloatKind from = v.kind();
        if (from == to) return new ConversionResult(v, FloatStatus.OK, false);
        boolean negative = v.isNegative();
        if (v.isNaN()) return convertNaN(v, to);
        if (v.isInfinite()) {
            if (FloatEncoding.isNanOnly(to)) {
                return new ConversionResult(FloatEncoding.infinity(to, negative), FloatStatus.INEXACT, true);
            }
            // Kinds without infinity or NaN keep it unencoded (see FloatValue.Quirk).
            return new ConversionResult(FloatEncoding.infinity(to, negative), FloatStatus.OK, false);
        }
        if (v.isZero()) {
            if (to.encoding() == FloatKind.Encoding.FNUZ) {
                boolean loses = from.encoding() != FloatKind.Encoding.FNUZ && negative;
                int status = loses ? FloatStatus.INEXACT : FloatStatus.OK;
                return new ConversionResult(FloatEncoding.zero(to, false), status, loses);
            }
            return new ConversionResult(FloatEncoding.zero(to, negative), FloatStatus.OK, false);
        }
        FloatResult r = FloatRounding.round(to, negative, v.significand(), v.exponent(), false, mode);
        return new ConversionResult(r.value(), r.status(), r.status() != FloatStatus.OK);
    }

    public static ConversionResult convert(FloatValue v, FloatKind to) {
        return convert(v, to, RoundingMode.NEAREST_TIES_TO_EVEN);
    }

    private static ConversionResult convertNaN(FloatValue v, FloatKind to) {
        FloatKind from = v.kind();
        boolean negative = v.isNegative();
        boolean signaling = FloatEncoding.isSignaling(v);
        int status = signaling ? FloatStatus.INVALID_OP : FloatStatus.OK;
        if (FloatEncoding.isNanOnly(to)) {
            return new ConversionResult(FloatEncoding.defaultNaN(to, negative), status, !FloatEncoding.isNanOnly(from));
        }
        // x87 NaNs without the integer bit or the quiet bit have no counterpart elsewhere.
        boolean x87Special = from == FloatKind.F80 && (v.bits() >= 0 || (v.bits() & 1L << 62) == 0);
        BigInteger payload = FloatEncoding.payload(v);
        int shift = to.precision() - from.precision();
        boolean lost = false;
        if (shift > 0) {
            payload = payload.shiftLeft(shift);
        } else if (shift < 0 && !FloatEncoding.isNanOnly(from)) {
            // APFloat narrows the payload only for kinds that have one.
            lost = payload.getLowestSetBit() >= 0 && payload.getLowestSetBit() < -shift;
            payload = payload.shiftRight(-shift);
        }
        if (from.encoding() == FloatKind.Encoding.FNUZ) {
            negative = false;
            payload = BigInteger.ZERO;
        }
        boolean losesInfo = lost || x87Special;
        if (!to.hasNaN()) return new ConversionResult(FloatEncoding.defaultNaN(to, negative), status, losesInfo);
        if (from.encoding() == FloatKind.Encoding.FNUZ) {
            return new ConversionResult(FloatEncoding.defaultNaN(to, false), status, losesInfo);
        }
        if (to == FloatKind.F80 && !x87Special) payload = payload.setBit(63);
        // A NaN left without payload (from f8E8M0FNU) keeps the pattern APFloat writes: that of infinity.
        FloatValue nan = payload.signum() == 0 && to.encoding() == FloatKind.Encoding.IEEE && !signaling
                ? FloatEncoding.infinity(to, negative)
                : FloatEncoding.nan(to, negative, payload, signaling);
        return new ConversionResult(nan, status, losesInfo);
    }

    /**
     * Whether every value of {@code from} is a value of {@code to} (APFloat's isRepresentableBy):
     * no larger exponent range and no more precision.
     */
    public static boolean isRepresentableBy(FloatKind from, FloatKind to) {
        return from.maxExponent() <= to.maxExponent() && from.minExponent() >= to.minExponent()
                && from.precision() <= to.precision();
    }

    // ---------------------------------------------------------------- integers

    /** The integer {@code value} rounded to the kind (APFloat's convertFromAPInt). */
    public static FloatResult fromInteger(FloatKind kind, BigInteger value, RoundingMode mode) {
        if (value.signum() == 0) return new FloatResult(FloatEncoding.zero(kind, false), FloatStatus.OK);
        return FloatRounding.round(kind, value.signum() < 0, value.abs(), 0, false, mode);
    }

    public static FloatValue fromInteger(FloatKind kind, BigInteger value) {
        return fromInteger(kind, value, RoundingMode.NEAREST_TIES_TO_EVEN).value();
    }

    /**
     * The value rounded to an integer of {@code width} bits, signed or unsigned; invalid (null value)
     * for NaN, infinity, or a rounded value out of range. Inexact results raise inexact.
     */
    public static IntegerResult toInteger(FloatValue v, int width, boolean signed, RoundingMode mode) {
        if (v.isNaN() || v.isInfinite()) return new IntegerResult(null, FloatStatus.INVALID_OP);
        if (v.isZero()) return new IntegerResult(BigInteger.ZERO, FloatStatus.OK);
        boolean negative = v.isNegative();
        BigInteger n = v.significand();
        int exp = v.exponent();
        BigInteger magnitude;
        boolean inexact = false;
        if (exp >= 0) {
            // Out of range anyway when far too large; avoid building a huge number.
            if ((long) n.bitLength() + exp > (long) width + 1) return new IntegerResult(null, FloatStatus.INVALID_OP);
            magnitude = n.shiftLeft(exp);
        } else {
            int shift = -exp;
            magnitude = n.shiftRight(shift);
            boolean half = n.testBit(shift - 1);
            boolean below = n.getLowestSetBit() < shift - 1;
            inexact = half || below;
            if (inexact && roundsAway(mode, half, below, magnitude.testBit(0), negative)) {
                magnitude = magnitude.add(BigInteger.ONE);
            }
        }
        BigInteger value = negative ? magnitude.negate() : magnitude;
        if (!fits(value, width, signed)) return new IntegerResult(null, FloatStatus.INVALID_OP);
        return new IntegerResult(value, inexact ? FloatStatus.INEXACT : FloatStatus.OK);
    }

    /**
     * As {@link #toInteger}, but an invalid conversion gives what APFloat's convertToInteger leaves
     * in its result (LLVM's saturating fptosi.sat/fptoui.sat): 0 for NaN, the type's largest value
     * for too large or +infinity, its smallest for too small or -infinity.
     */
    public static BigInteger toIntegerSaturating(FloatValue v, int width, boolean signed, RoundingMode mode) {
        IntegerResult r = toInteger(v, width, signed, mode);
        if (r.isValid()) return r.value();
        if (v.isNaN()) return BigInteger.ZERO;
        if (v.isNegative()) return signed && width > 0 ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO;
        int ones = signed ? width - 1 : width;
        return BigInteger.ONE.shiftLeft(Math.max(ones, 0)).subtract(BigInteger.ONE);
    }

    private static boolean fits(BigInteger value, int width, boolean signed) {
        if (signed) {
            if (width == 0) return value.signum() == 0;
            BigInteger limit = BigInteger.ONE.shiftLeft(width - 1);
            return value.compareTo(limit.negate()) >= 0 && value.compareTo(limit) < 0;
        }
        return value.signum() >= 0 && value.bitLength() <= width;
    }

    private static boolean roundsAway(RoundingMode mode, boolean half, boolean below, boolean odd, boolean negative) {
        return switch (mode) {
            case NEAREST_TIES_TO_EVEN -> half && (below || odd);
            case NEAREST_TIES_TO_AWAY -> half;
            case TOWARD_ZERO -> false;
            case TOWARD_POSITIVE -> !negative;
            case TOWARD_NEGATIVE -> negative;
        };
    }
}
