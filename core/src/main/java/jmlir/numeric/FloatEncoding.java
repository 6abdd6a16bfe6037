package jmlir.numeric;

import jmlir.ir.FloatKind;
import jmlir.ir.FloatKind.Encoding;
import jmlir.ir.FloatValue;

import java.math.BigInteger;

/**
 * Builds the bit patterns of {@link FloatValue}s from sign, significand and exponent, and the
 * special values (zeros, infinities, NaNs, largest finite) of every kind as APFloat makes them.
 */
final class FloatEncoding {
    private FloatEncoding() {
    }

    /** Whether the kind's only non-finite values are NaNs (APFloat's NanOnly). */
    static boolean isNanOnly(FloatKind kind) {
        Encoding e = kind.encoding();
        return e == Encoding.FN || e == Encoding.FNUZ || e == Encoding.E8M0;
    }

    /** Whether the kind's NaN has all exponent and fraction bits set (so that pattern is no number). */
    static boolean nanIsAllOnes(FloatKind kind) {
        return kind.encoding() == Encoding.FN || kind.encoding() == Encoding.E8M0;
    }

    /**
     * The finite value ±sig × 2^(e - precision + 1): {@code sig} has {@code precision} bits for a
     * normal value, fewer (with {@code e} the minimum exponent) for a denormal.
     */
    static FloatValue finite(FloatKind kind, boolean negative, BigInteger sig, int e) {
        int p = kind.precision();
        boolean normal = sig.bitLength() == p;
        switch (kind.encoding()) {
            case E8M0:
                return new FloatValue(kind, e + 127, 0,
                        negative ? FloatValue.Quirk.NEGATIVE_UNSIGNED : FloatValue.Quirk.NONE);
            case X87: {
                long biased = normal ? e + kind.bias() : 0;
                return new FloatValue(kind, sig.longValue(), (negative ? 0x8000 : 0) | biased);
            }
            default: {
                long biased = normal ? e + kind.bias() : 0;
                BigInteger fraction = sig.clearBit(p - 1);
                return pattern(kind, negative, biased, fraction);
            }
        }
    }

    /** An IEEE-like pattern from its fields (not for x87 or E8M0). */
    private static FloatValue pattern(FloatKind kind, boolean negative, long biasedExponent, BigInteger fraction) {
        int fractionBits = kind.fractionBits();
        BigInteger bits = BigInteger.valueOf(biasedExponent).shiftLeft(fractionBits).or(fraction);
        if (negative) bits = bits.setBit(kind.width() - 1);
        return FloatValue.fromBits(kind, bits.longValue(), bits.shiftRight(64).longValue());
    }

    /** A zero as APFloat canonicalizes it: +0 where -0 is a NaN, the smallest value where there is no zero. */
    static FloatValue zero(FloatKind kind, boolean negative) {
        return switch (kind.encoding()) {
            case E8M0 -> new FloatValue(kind, 0, 0);
            case FNUZ -> new FloatValue(kind, 0, 0);
            case X87 -> new FloatValue(kind, 0, negative ? 0x8000 : 0);
            default -> pattern(kind, negative, 0, BigInteger.ZERO);
        };
    }

    /** An infinity; a NaN where the kind has NaN but no infinity; the largest value where it has neither. */
    static FloatValue infinity(FloatKind kind, boolean negative) {
        if (isNanOnly(kind)) return nan(kind, negative, BigInteger.ZERO, true);
        return switch (kind.encoding()) {
            case X87 -> new FloatValue(kind, Long.MIN_VALUE, (negative ? 0x8000 : 0) | 0x7FFF);
            case FINITE -> unencoded(kind, negative, FloatValue.Quirk.INFINITY_UNENCODED);
            default -> pattern(kind, negative, (1L << kind.exponentBits()) - 1, BigInteger.ZERO);
        };
    }

    /**
     * The infinity or NaN APFloat makes in kinds that have neither (f6, f4): its bit cast has the
     * exponent field one past the largest, truncated to the field, and a zero fraction.
     */
    private static FloatValue unencoded(FloatKind kind, boolean negative, FloatValue.Quirk quirk) {
        long exponentField = (kind.maxExponent() + 1 + kind.bias()) & ((1L << kind.exponentBits()) - 1);
        long bits = (negative ? 1L << (kind.width() - 1) : 0) | exponentField << kind.fractionBits();
        return new FloatValue(kind, bits, 0, quirk);
    }

    /** The largest finite value (for kinds whose all-ones pattern is NaN, the one below it). */
    static FloatValue largest(FloatKind kind, boolean negative) {
        int p = kind.precision();
        BigInteger sig = BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
        if (nanIsAllOnes(kind) && p > 1) sig = sig.clearBit(0);
        return finite(kind, negative, sig, kind.maxExponent());
    }

    /** The smallest positive normal value. */
    static FloatValue smallestNormal(FloatKind kind, boolean negative) {
        return finite(kind, negative, BigInteger.ONE.shiftLeft(kind.precision() - 1), kind.minExponent());
    }

    /**
     * A NaN with the given payload (the stored fraction bits; for x87 the 64 significand bits),
     * quieted if asked. Kinds with a single NaN ignore the payload (and FNUZ the sign); kinds
     * without NaN give their largest value.
     */
    static FloatValue nan(FloatKind kind, boolean negative, BigInteger payload, boolean quiet) {
        int width = kind.width();
        return switch (kind.encoding()) {
            case FN -> new FloatValue(kind, (negative ? 1L << (width - 1) : 0) | ((1L << (width - 1)) - 1), 0);
            case FNUZ -> new FloatValue(kind, 1L << (width - 1), 0);
            case E8M0 -> new FloatValue(kind, 0xFF, 0);
            case FINITE -> unencoded(kind, negative, FloatValue.Quirk.NAN_UNENCODED);
            case X87 -> {
                long sig = payload.longValue() | (quiet ? 1L << 62 : 0);
                yield new FloatValue(kind, sig, (negative ? 0x8000 : 0) | 0x7FFF);
            }
            case IEEE -> {
                int fractionBits = kind.fractionBits();
                BigInteger fraction = payload.and(BigInteger.ONE.shiftLeft(fractionBits).subtract(BigInteger.ONE));
                if (quiet || fraction.signum() == 0) fraction = fraction.setBit(fractionBits - 1);
                yield pattern(kind, negative, (1L << kind.exponentBits()) - 1, fraction);
            }
        };
    }

    /** APFloat's default NaN: quiet, no payload (x87: with its integer bit). */
    static FloatValue defaultNaN(FloatKind kind, boolean negative) {
        BigInteger payload = kind.encoding() == Encoding.X87 ? BigInteger.ONE.shiftLeft(63) : BigInteger.ZERO;
        return nan(kind, negative, payload, true);
    }

    /** The payload of a NaN: the stored fraction bits (x87: all 64 significand bits; single-NaN kinds: all ones). */
    static BigInteger payload(FloatValue nan) {
        FloatKind kind = nan.kind();
        return switch (kind.encoding()) {
            case X87 -> unsigned(nan.bits());
            case IEEE -> nan.bitsAsBigInteger().and(BigInteger.ONE.shiftLeft(kind.fractionBits()).subtract(BigInteger.ONE));
            default -> BigInteger.ONE.shiftLeft(kind.fractionBits()).subtract(BigInteger.ONE);
        };
    }

    /** Whether a NaN is signaling: its quiet bit (the fraction's top bit; x87's bit 62) is clear. */
    static boolean isSignaling(FloatValue v) {
        if (!v.isNaN() || v.quirk() != FloatValue.Quirk.NONE) return false;
        FloatKind kind = v.kind();
        return switch (kind.encoding()) {
            case X87 -> (v.bits() & 1L << 62) == 0;
            case IEEE -> !v.bitsAsBigInteger().testBit(kind.fractionBits() - 1);
            default -> false;
        };
    }

    /** The NaN with its quiet bit set. */
    static FloatValue quiet(FloatValue nan) {
        if (!isSignaling(nan)) return nan;
        return nan(nan.kind(), nan.isNegative(), payload(nan), true);
    }

    /** The value with its sign flipped (APFloat's changeSign: FNUZ zeros and NaNs keep theirs). */
    static FloatValue negate(FloatValue v) {
        FloatKind kind = v.kind();
        switch (kind.encoding()) {
            case FNUZ:
                if (v.isZero() || v.isNaN()) return v;
                return new FloatValue(kind, v.bits() ^ 1L << (kind.width() - 1), 0);
            case E8M0:
                if (v.isNaN()) return v;
                return new FloatValue(kind, v.lo(), 0, v.quirk() == FloatValue.Quirk.NEGATIVE_UNSIGNED
                        ? FloatValue.Quirk.NONE : FloatValue.Quirk.NEGATIVE_UNSIGNED);
            case X87:
                return new FloatValue(kind, v.lo(), v.hi() ^ 0x8000, v.quirk());
            default:
                if (kind == FloatKind.F128) return new FloatValue(kind, v.lo(), v.hi() ^ Long.MIN_VALUE, v.quirk());
                return new FloatValue(kind, v.lo() ^ 1L << (kind.width() - 1), 0, v.quirk());
        }
    }

    static BigInteger unsigned(long x) {
        BigInteger b = BigInteger.valueOf(x);
        return x >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
    }
}
