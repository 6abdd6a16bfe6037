package jmlir.ir;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer of an integer or index type ({@code 42 : i32}); {@code true}/{@code false} are
 * integer attributes of type i1. The value is held in the type's interpretation: sign-extended
 * for signless and signed types (so {@code 255 : i8} holds -1, as MLIR prints it), zero-extended
 * for unsigned types. Values of types wider than 64 bits are held in {@code wide}, otherwise it
 * is null and {@code value} holds the number (for {@code ui64}, its bits).
 */
public record IntegerAttr(Type type, long value, BigInteger wide) implements Attribute {
    public static final IntegerAttr TRUE = new IntegerAttr(IntegerType.I1, -1, null);
    public static final IntegerAttr FALSE = new IntegerAttr(IntegerType.I1, 0, null);

    public static IntegerAttr of(Type type, long value) {
        int width = widthOf(type);
        if (width <= 64) return truncated(type, value, width);
        return of(type, BigInteger.valueOf(value));
    }

    /** Truncates {@code value} to the type's width and stores it in the type's interpretation. */
    public static IntegerAttr of(Type type, BigInteger value) {
        int width = widthOf(type);
        if (width <= 64 && value.bitLength() < 64) return truncated(type, value.longValue(), width);
        boolean unsigned = type instanceof IntegerType it && it.isUnsigned();
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        BigInteger bits = value.and(mask);
        if (!unsigned && width > 0 && bits.testBit(width - 1)) bits = bits.subtract(BigInteger.ONE.shiftLeft(width));
        if (width > 64) return new IntegerAttr(type, 0, bits);
        return new IntegerAttr(type, bits.longValue(), null);
    }

    /** {@link #of} for widths up to 64 bits, in long arithmetic (no BigIntegers made). */
    private static IntegerAttr truncated(Type type, long value, int width) {
        if (width == 0) return new IntegerAttr(type, 0, null);
        int unused = 64 - width;
        boolean unsigned = type instanceof IntegerType it && it.isUnsigned();
        long bits = unsigned ? (value << unused) >>> unused : (value << unused) >> unused;
        return new IntegerAttr(type, bits, null);
    }

    public static IntegerAttr bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** The bit width of an integer or index type. */
    public static int widthOf(Type type) {
        if (type instanceof IntegerType it) return it.width();
        return IndexType.STORAGE_WIDTH;
    }

    public BigInteger bigValue() {
        if (wide != null) return wide;
        if (type instanceof IntegerType it && it.isUnsigned() && value < 0) {
            return new BigInteger(Long.toUnsignedString(value));
        }
        return BigInteger.valueOf(value);
    }

    /** The value in decimal, as the printer writes it ({@code -1}, {@code 18446744073709551615} for ui64). */
    public String decimal() {
        if (wide != null) return wide.toString();
        if (type instanceof IntegerType it && it.isUnsigned()) return Long.toUnsignedString(value);
        return Long.toString(value);
    }

    /** Appends {@link #decimal()} to {@code out}; values held in a long are written without a string. */
    public StringBuilder appendDecimal(StringBuilder out) {
        if (wide == null && !(type instanceof IntegerType it && it.isUnsigned())) return out.append(value);
        return out.append(decimal());
    }

    public boolean isBool() {
        return type instanceof IntegerType it && it.width() == 1 && it.isSignless();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerAttr that
                && Objects.equals(type, that.type)
                && value == that.value
                && Objects.equals(wide, that.wide);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(type);
        h = 31 * h + Long.hashCode(value);
        h = 31 * h + Objects.hashCode(wide);
        return h;
    }
}
