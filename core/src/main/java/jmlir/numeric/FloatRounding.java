package jmlir.numeric;

import jmlir.ir.FloatKind;
import jmlir.ir.FloatValue;

import java.math.BigInteger;

/**
 * Rounds an exact binary value to a float kind in any {@link RoundingMode}, following APFloat's
 * normalize: overflow to infinity, NaN or the largest value depending on mode and kind; the
 * all-ones pattern of kinds whose NaN it is counts as overflow; zeros are canonicalized.
 */
final class FloatRounding {
    private FloatRounding() {
    }

    /** How much of the value lies below the kept significand's last bit, in halves of it. */
    private enum Lost { ZERO, LESS_THAN_HALF, HALF, MORE_THAN_HALF }

    /**
     * Rounds ±mant × 2^exp, plus, when {@code sticky}, a nonzero amount smaller than 2^exp (the
     * caller guarantees mant has at least precision + 1 bits then).
     */
    static FloatResult round(FloatKind kind, boolean negative, BigInteger mant, int exp, boolean sticky,
                             RoundingMode mode) {
        if (sticky) {
            // Two more bits, the lower one set, stand for "a bit more than mant" and round the same.
            mant = mant.shiftLeft(2).setBit(0);
            exp -= 2;
        }
        if (mant.signum() == 0) return new FloatResult(FloatEncoding.zero(kind, negative), FloatStatus.OK);
        int p = kind.precision();
        long top = (long) mant.bitLength() - 1 + exp;
        if (top > kind.maxExponent()) return overflow(kind, negative, mode);
        int e = (int) Math.max(top, kind.minExponent());
        long shift = (long) e - (p - 1) - exp;
        BigInteger sig;
        Lost lost = Lost.ZERO;
        if (shift <= 0) {
            sig = mant.shiftLeft((int) -shift);
        } else if (shift > mant.bitLength() + 1) {
            sig = BigInteger.ZERO;
            lost = Lost.LESS_THAN_HALF;
        } else {
            int s = (int) shift;
            sig = mant.shiftRight(s);
            boolean half = mant.testBit(s - 1);
            boolean below = mant.getLowestSetBit() < s - 1;
            lost = half ? (below ? Lost.MORE_THAN_HALF : Lost.HALF) : (below ? Lost.LESS_THAN_HALF : Lost.ZERO);
        }
        if (reachesNaNPattern(kind, sig, e)) return overflow(kind, negative, mode);
        if (lost == Lost.ZERO) {
            return new FloatResult(FloatEncoding.finite(kind, negative, sig, e), FloatStatus.OK);
        }
        if (roundsAway(mode, lost, sig.testBit(0), negative)) {
            sig = sig.add(BigInteger.ONE);
            if (sig.bitLength() > p) {
                if (e == kind.maxExponent()) {
                    return overflow(kind, negative,
                            negative ? RoundingMode.TOWARD_NEGATIVE : RoundingMode.TOWARD_POSITIVE);
                }
                sig = sig.shiftRight(1);
                e++;
            }
            if (reachesNaNPattern(kind, sig, e)) return overflow(kind, negative, mode);
        }
        if (sig.bitLength() == p) return new FloatResult(FloatEncoding.finite(kind, negative, sig, e), FloatStatus.INEXACT);
        FloatValue v = sig.signum() == 0 ? FloatEncoding.zero(kind, negative) : FloatEncoding.finite(kind, negative, sig, e);
        return new FloatResult(v, FloatStatus.UNDERFLOW | FloatStatus.INEXACT);
    }

    /** In kinds whose NaN is the all-ones pattern, the largest exponent with an all-ones significand. */
    private static boolean reachesNaNPattern(FloatKind kind, BigInteger sig, int e) {
        return FloatEncoding.nanIsAllOnes(kind) && kind.precision() > 1 && e == kind.maxExponent()
                && sig.bitCount() == kind.precision();
    }

    private static boolean roundsAway(RoundingMode mode, Lost lost, boolean odd, boolean negative) {
        return switch (mode) {
            case NEAREST_TIES_TO_AWAY -> lost == Lost.HALF || lost == Lost.MORE_THAN_HALF;
            case NEAREST_TIES_TO_EVEN -> lost == Lost.MORE_THAN_HALF || lost == Lost.HALF && odd;
            case TOWARD_ZERO -> false;
            case TOWARD_POSITIVE -> !negative;
            case TOWARD_NEGATIVE -> negative;
        };
    }

    /** A finite result too large for the kind: infinity (or NaN) or the largest value, by mode. */
    static FloatResult overflow(FloatKind kind, boolean negative, RoundingMode mode) {
        boolean toInfinity = mode == RoundingMode.NEAREST_TIES_TO_EVEN || mode == RoundingMode.NEAREST_TIES_TO_AWAY
                || mode == RoundingMode.TOWARD_POSITIVE && !negative || mode == RoundingMode.TOWARD_NEGATIVE && negative;
        if (toInfinity && kind.encoding() != FloatKind.Encoding.FINITE) {
            return new FloatResult(FloatEncoding.infinity(kind, negative), FloatStatus.OVERFLOW | FloatStatus.INEXACT);
        }
        return new FloatResult(FloatEncoding.largest(kind, negative), FloatStatus.INEXACT);
    }
}
