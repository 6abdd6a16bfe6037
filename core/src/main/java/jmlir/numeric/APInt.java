package jmlir.numeric;

import java.math.BigInteger;

/**
 * An integer of a fixed bit width with two's-complement wrap-around arithmetic (LLVM's APInt):
 * the value of MLIR's signless integers, index (64 bits) included. It has no sign of its own;
 * operations that care say whether they read it signed or unsigned.
 *
 * <p>Widths up to 64 keep the bits in a {@code long}; wider ones in a non-negative {@link
 * BigInteger} below 2^width. Division and remainder by zero, and shifts by the width or more,
 * are the caller's to rule out.
 */
public final class APInt {
    private final int width;
    /** The bits, zero-extended, for widths up to 64. */
    private final long bits;
    /** The unsigned value, for widths above 64; null otherwise. */
    private final BigInteger big;

    private APInt(int width, long bits, BigInteger big) {
        this.width = width;
        this.bits = bits;
        this.big = big;
    }

    // ---------------------------------------------------------------- construction

    /** {@code value} truncated to {@code width} bits. */
    public static APInt of(int width, long value) {
        if (width < 0) throw new IllegalArgumentException("negative width " + width);
        if (width <= 64) return new APInt(width, mask(value, width), null);
        return of(width, BigInteger.valueOf(value));
    }

    /** {@code value} truncated to {@code width} bits (two's complement for negative values). */
    public static APInt of(int width, BigInteger value) {
        if (width < 0) throw new IllegalArgumentException("negative width " + width);
        if (width <= 64) return new APInt(width, mask(value.longValue(), width), null);
        BigInteger m = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        return new APInt(width, 0, value.and(m));
    }

    public static APInt zero(int width) {
        return of(width, 0);
    }

    public static APInt one(int width) {
        return of(width, 1);
    }

    public static APInt allOnes(int width) {
        return of(width, -1);
    }

    /** The most negative signed value: only the top bit set. */
    public static APInt signedMin(int width) {
        return width == 0 ? zero(0) : of(width, BigInteger.ONE.shiftLeft(width - 1));
    }

    /** The largest signed value: all bits but the top one set. */
    public static APInt signedMax(int width) {
        return width == 0 ? zero(0) : of(width, BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE));
    }

    private static long mask(long v, int width) {
        return width >= 64 ? v : v & ((1L << width) - 1);
    }

    private boolean small() {
        return big == null;
    }

    // ---------------------------------------------------------------- queries

    public int width() {
        return width;
    }

    /** The value read as signed. */
    public BigInteger signed() {
        if (small()) return BigInteger.valueOf(signedLong());
        return big.testBit(width - 1) ? big.subtract(BigInteger.ONE.shiftLeft(width)) : big;
    }

    /** The value read as unsigned. */
    public BigInteger unsigned() {
        if (!small()) return big;
        return bits >= 0 ? BigInteger.valueOf(bits) : new BigInteger(Long.toUnsignedString(bits));
    }

    /** The value read as signed, sign-extended to 64 bits (its low 64 bits when wider). */
    public long signedLong() {
        if (!small()) return signed().longValue();
        if (width == 0) return 0;
        return (bits << (64 - width)) >> (64 - width);
    }

    /** The low 64 bits, zero-extended. */
    public long unsignedLong() {
        return small() ? bits : big.longValue();
    }

    public boolean isZero() {
        return small() ? bits == 0 : big.signum() == 0;
    }

    public boolean isOne() {
        return small() ? width > 0 && bits == 1 : big.equals(BigInteger.ONE);
    }

    public boolean isAllOnes() {
        if (small()) return bits == mask(-1, width);
        return big.bitCount() == width;
    }

    /** Whether the top (sign) bit is set. */
    public boolean isNegative() {
        if (width == 0) return false;
        return small() ? ((bits >>> (width - 1)) & 1) != 0 : big.testBit(width - 1);
    }

    public boolean isSignedMin() {
        return equals(signedMin(width));
    }

    public boolean isSignedMax() {
        return equals(signedMax(width));
    }

    /** Whether the signed value is above zero. */
    public boolean isStrictlyPositive() {
        return !isNegative() && !isZero();
    }

    public int compareSigned(APInt o) {
        sameWidth(o);
        if (small()) return Long.compare(signedLong(), o.signedLong());
        return signed().compareTo(o.signed());
    }

    public int compareUnsigned(APInt o) {
        sameWidth(o);
        if (small()) return Long.compareUnsigned(bits, o.bits);
        return big.compareTo(o.big);
    }

    /** Whether the unsigned value is below {@code bound}. */
    public boolean ult(long bound) {
        if (bound < 0) throw new IllegalArgumentException("negative bound");
        if (small()) return Long.compareUnsigned(bits, bound) < 0;
        return big.compareTo(BigInteger.valueOf(bound)) < 0;
    }

    private void sameWidth(APInt o) {
        if (o.width != width) throw new IllegalArgumentException("widths differ: " + width + " and " + o.width);
    }

    // ---------------------------------------------------------------- wrap-around arithmetic

    public APInt add(APInt o) {
        sameWidth(o);
        return small() ? of(width, bits + o.bits) : of(width, big.add(o.big));
    }

    public APInt sub(APInt o) {
        sameWidth(o);
        return small() ? of(width, bits - o.bits) : of(width, big.subtract(o.big));
    }

    public APInt mul(APInt o) {
        sameWidth(o);
        return small() ? of(width, bits * o.bits) : of(width, big.multiply(o.big));
    }

    public APInt negate() {
        return zero(width).sub(this);
    }

    public APInt and(APInt o) {
        sameWidth(o);
        return small() ? new APInt(width, bits & o.bits, null) : new APInt(width, 0, big.and(o.big));
    }

    public APInt or(APInt o) {
        sameWidth(o);
        return small() ? new APInt(width, bits | o.bits, null) : new APInt(width, 0, big.or(o.big));
    }

    public APInt xor(APInt o) {
        sameWidth(o);
        return small() ? new APInt(width, bits ^ o.bits, null) : new APInt(width, 0, big.xor(o.big));
    }

    public APInt not() {
        return xor(allOnes(width));
    }

    /** Unsigned quotient; {@code o} must not be zero. */
    public APInt udiv(APInt o) {
        sameWidth(o);
        return small() ? of(width, Long.divideUnsigned(bits, o.bits)) : of(width, big.divide(o.big));
    }

    /** Unsigned remainder; {@code o} must not be zero. */
    public APInt urem(APInt o) {
        sameWidth(o);
        return small() ? of(width, Long.remainderUnsigned(bits, o.bits)) : of(width, big.remainder(o.big));
    }

    /** Signed quotient rounded toward zero; {@code o} must not be zero. MIN / -1 wraps to MIN. */
    public APInt sdiv(APInt o) {
        sameWidth(o);
        if (small() && width < 64) return of(width, signedLong() / o.signedLong());
        return of(width, signed().divide(o.signed()));
    }

    /** Signed remainder, with the sign of the dividend; {@code o} must not be zero. */
    public APInt srem(APInt o) {
        sameWidth(o);
        if (small()) return of(width, o.signedLong() == -1 ? 0 : signedLong() % o.signedLong());
        return of(width, signed().remainder(o.signed()));
    }

    /** Signed quotient rounded toward negative infinity; {@code o} must not be zero. */
    public APInt sfloordiv(APInt o) {
        APInt q = sdiv(o);
        if (isNegative() != o.isNegative() && !srem(o).isZero()) return q.sub(one(width));
        return q;
    }

    /** Shift left by {@code amount}, below the width. */
    public APInt shl(long amount) {
        checkShift(amount);
        return small() ? of(width, bits << amount) : of(width, big.shiftLeft((int) amount));
    }

    /** Logical (zero-filling) shift right by {@code amount}, below the width. */
    public APInt lshr(long amount) {
        checkShift(amount);
        return small() ? new APInt(width, bits >>> amount, null) : new APInt(width, 0, big.shiftRight((int) amount));
    }

    /** Arithmetic (sign-filling) shift right by {@code amount}, below the width. */
    public APInt ashr(long amount) {
        checkShift(amount);
        return small() ? of(width, signedLong() >> amount) : of(width, signed().shiftRight((int) amount));
    }

    private void checkShift(long amount) {
        if (amount < 0 || amount >= width) throw new IllegalArgumentException("shift amount " + amount);
    }

    public APInt smax(APInt o) {
        return compareSigned(o) >= 0 ? this : o;
    }

    public APInt smin(APInt o) {
        return compareSigned(o) <= 0 ? this : o;
    }

    public APInt umax(APInt o) {
        return compareUnsigned(o) >= 0 ? this : o;
    }

    public APInt umin(APInt o) {
        return compareUnsigned(o) <= 0 ? this : o;
    }

    /** The high half of the double-width signed product. */
    public APInt mulhs(APInt o) {
        sameWidth(o);
        return of(width, signed().multiply(o.signed()).shiftRight(width));
    }

    /** The high half of the double-width unsigned product. */
    public APInt mulhu(APInt o) {
        sameWidth(o);
        return of(width, unsigned().multiply(o.unsigned()).shiftRight(width));
    }

    // ---------------------------------------------------------------- overflow detection

    /** Whether the signed sum does not fit the width. */
    public boolean saddOverflows(APInt o) {
        return !fitsSigned(signed().add(o.signed()));
    }

    /** Whether the signed difference does not fit the width. */
    public boolean ssubOverflows(APInt o) {
        return !fitsSigned(signed().subtract(o.signed()));
    }

    /** Whether the signed product does not fit the width. */
    public boolean smulOverflows(APInt o) {
        return !fitsSigned(signed().multiply(o.signed()));
    }

    /** Whether the signed quotient does not fit the width: MIN / -1. */
    public boolean sdivOverflows(APInt o) {
        return isSignedMin() && o.isAllOnes();
    }

    /** Whether the unsigned sum does not fit the width. */
    public boolean uaddOverflows(APInt o) {
        return unsigned().add(o.unsigned()).bitLength() > width;
    }

    /** Whether the unsigned difference is negative. */
    public boolean usubOverflows(APInt o) {
        return compareUnsigned(o) < 0;
    }

    /** Whether the unsigned product does not fit the width. */
    public boolean umulOverflows(APInt o) {
        return unsigned().multiply(o.unsigned()).bitLength() > width;
    }

    private boolean fitsSigned(BigInteger v) {
        if (width == 0) return v.signum() == 0;
        return v.bitLength() <= width - 1;
    }

    // ---------------------------------------------------------------- width changes

    /** Sign-extended to a width at least this one's. */
    public APInt sext(int newWidth) {
        if (newWidth < width) throw new IllegalArgumentException("sext to a narrower width");
        return of(newWidth, signed());
    }

    /** Zero-extended to a width at least this one's. */
    public APInt zext(int newWidth) {
        if (newWidth < width) throw new IllegalArgumentException("zext to a narrower width");
        return small() && newWidth <= 64 ? new APInt(newWidth, bits, null) : of(newWidth, unsigned());
    }

    /** Truncated to a width at most this one's. */
    public APInt trunc(int newWidth) {
        if (newWidth > width) throw new IllegalArgumentException("trunc to a wider width");
        return small() ? of(newWidth, bits) : of(newWidth, big);
    }

    public APInt sextOrTrunc(int newWidth) {
        return newWidth >= width ? sext(newWidth) : trunc(newWidth);
    }

    public APInt zextOrTrunc(int newWidth) {
        return newWidth >= width ? zext(newWidth) : trunc(newWidth);
    }

    // ---------------------------------------------------------------- identity

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof APInt a) || a.width != width) return false;
        return small() ? bits == a.bits : big.equals(a.big);
    }

    @Override
    public int hashCode() {
        return 31 * width + (small() ? Long.hashCode(bits) : big.hashCode());
    }

    /** The signed value in decimal, with the width: {@code -1:i8}. */
    @Override
    public String toString() {
        return signed() + ":i" + width;
    }
}
