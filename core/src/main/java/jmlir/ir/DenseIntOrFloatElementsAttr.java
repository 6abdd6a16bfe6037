package jmlir.ir;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code dense<...>} of integers, index values, floats or complex numbers of those.
 *
 * <p>The elements are kept in one byte array laid out as MLIR lays out its raw data (and as the
 * {@code "0x..."} hex form spells it): little-endian, each element in the fewest whole bytes that
 * hold its bit width (index: 8 bytes; complex: the real part, then the imaginary part), except
 * {@code i1} elements, which are packed eight to a byte, lowest bit first. Integer bits above the
 * type's width are zero. A splat keeps a single element (for {@code i1}: one byte, 0x00 or 0xFF).
 *
 * <p>Integers are read in the type's interpretation: sign-extended for signless, signed and index
 * types, zero-extended for unsigned ones. Floats are read as {@link FloatValue}s (raw bits).
 */
public final class DenseIntOrFloatElementsAttr implements DenseElementsAttr {
    /**
     * How one element type is stored.
     *
     * @param bits the bit width of a scalar (a complex number's part)
     * @param partBytes the bytes one scalar takes (0 for packed i1 and for i0)
     * @param elementBytes the bytes one element takes (twice {@code partBytes} for complex)
     */
    public record Layout(Type elementType, Type scalarType, boolean complex, boolean isFloat, boolean isBool,
                         boolean unsigned, int bits, int partBytes, int elementBytes) {
        /** The layout of an integer, index, float or complex element type; null for others. */
        public static Layout of(Type elementType) {
            Type scalar = elementType;
            boolean complex = false;
            if (elementType instanceof ComplexType c) {
                scalar = c.elementType();
                complex = true;
            }
            int bits;
            boolean isFloat = false;
            boolean unsigned = false;
            if (scalar instanceof IntegerType it) {
                bits = it.width();
                unsigned = it.isUnsigned();
            } else if (scalar instanceof IndexType) {
                bits = IndexType.STORAGE_WIDTH;
            } else if (scalar instanceof FloatType ft) {
                bits = ft.kind().width();
                isFloat = true;
            } else {
                return null;
            }
            boolean isBool = !complex && !isFloat && bits == 1;
            int partBytes = isBool ? 0 : (bits + 7) >>> 3;
            return new Layout(elementType, scalar, complex, isFloat, isBool, unsigned, bits, partBytes,
                    complex ? 2 * partBytes : partBytes);
        }

        /** The number of data bytes {@code numElements} elements take when not a splat. */
        public long dataBytes(long numElements) {
            return isBool ? (numElements + 7) >>> 3 : numElements * elementBytes;
        }
    }

    private final ShapedType type;
    private final Layout layout;
    private final byte[] data;
    private final boolean splat;
    private int hash;

    private DenseIntOrFloatElementsAttr(ShapedType type, Layout layout, byte[] data, boolean splat) {
        this.type = type;
        this.layout = layout;
        this.data = data;
        this.splat = splat;
    }

    // ---------------------------------------------------------------- construction

    /** Whether dense elements of this element type can be held here (integer, index, float, complex). */
    public static boolean isSupportedElementType(Type elementType) {
        return Layout.of(elementType) != null;
    }

    /**
     * Whether {@code size} bytes of raw data can fit {@code type}: the data of every element, or of
     * a single element (a splat); for i1 also a single byte (valid if 0x00 or 0xFF).
     */
    public static boolean isValidRawData(ShapedType type, long size) {
        Layout l = layoutOf(type);
        long n = type.numElements();
        if (l.isBool) {
            return size == l.dataBytes(n) || size == 1;
        }
        return size == l.elementBytes || size == (long) l.elementBytes * n;
    }

    /**
     * Whether {@code data} is valid raw data for {@code type}: like {@link #isValidRawData(ShapedType,
     * long)}, except that a single byte stands for all i1 elements only when it is 0x00 or 0xFF.
     */
    public static boolean isValidRawData(ShapedType type, byte[] data) {
        Layout l = layoutOf(type);
        if (l.isBool) {
            if (data.length == 1 && (data[0] == 0 || data[0] == (byte) 0xff)) return true;
            return data.length == l.dataBytes(type.numElements());
        }
        return isValidRawData(type, data.length);
    }

    private static Layout layoutOf(ShapedType type) {
        Layout l = Layout.of(type.elementType());
        if (l == null) {
            throw new IllegalArgumentException("not an integer, index, float or complex element type: "
                    + type.elementType());
        }
        if (!type.hasStaticShape()) throw new IllegalArgumentException("type must have a static shape");
        return l;
    }

    /**
     * Builds the attribute from raw data in MLIR's layout (see the class comment), as the hex form
     * {@code dense<"0x...">} gives it. The data is copied; a splat is detected and kept compact.
     *
     * @throws IllegalArgumentException if the size does not fit the type ({@link #isValidRawData})
     */
    public static DenseIntOrFloatElementsAttr fromRawData(ShapedType type, byte[] data) {
        if (!isValidRawData(type, data)) {
            throw new IllegalArgumentException("raw data size " + data.length + " is invalid for the type");
        }
        return adopt(type, data.clone());
    }

    /** Like {@link #fromRawData} but takes ownership of {@code data}; its size must be valid. */
    public static DenseIntOrFloatElementsAttr adopt(ShapedType type, byte[] data) {
        Layout l = layoutOf(type);
        long n = type.numElements();
        boolean knownSplat = n == 1;
        if (l.isBool) {
            if (data.length == 1 && (data[0] == 0 || data[0] == (byte) 0xff)) knownSplat = true;
        } else if (data.length == l.elementBytes) {
            knownSplat = true;
        }
        return canonical(type, l, data, knownSplat, n);
    }

    /** Detects splats as MLIR does and keeps them as one element. */
    private static DenseIntOrFloatElementsAttr canonical(ShapedType type, Layout l, byte[] data, boolean knownSplat,
                                                         long n) {
        if (data.length == 0) return new DenseIntOrFloatElementsAttr(type, l, data, false);
        if (l.isBool) {
            if (knownSplat) return boolSplat(type, l, data[0] != 0);
            return canonicalBool(type, l, data, n);
        }
        if (knownSplat) {
            return new DenseIntOrFloatElementsAttr(type, l,
                    data.length == l.elementBytes ? data : Arrays.copyOf(data, l.elementBytes), true);
        }
        int eb = l.elementBytes;
        if (!allElementsEqual(data, eb)) return new DenseIntOrFloatElementsAttr(type, l, data, false);
        return new DenseIntOrFloatElementsAttr(type, l, Arrays.copyOf(data, eb), true);
    }

    /** Whether every {@code eb}-byte element equals the first: the data equals itself shifted by one element. */
    private static boolean allElementsEqual(byte[] data, int eb) {
        int n = data.length;
        return Arrays.equals(data, 0, n - eb, data, eb, n);
    }

    private static DenseIntOrFloatElementsAttr boolSplat(ShapedType type, Layout l, boolean value) {
        return new DenseIntOrFloatElementsAttr(type, l, new byte[] {value ? (byte) 0xff : 0}, true);
    }

    private static DenseIntOrFloatElementsAttr canonicalBool(ShapedType type, Layout l, byte[] data, long n) {
        boolean value = (data[0] & 1) != 0;
        int end = data.length;
        int odd = (int) (n & 7);
        if (value && odd != 0) {
            // The padding bits of the last byte must be clear for a splat of true.
            if ((data[end - 1] & 0xff) != (1 << odd) - 1) return new DenseIntOrFloatElementsAttr(type, l, data, false);
            if (end == 1) return boolSplat(type, l, true);
            end--;
        }
        byte mask = value ? (byte) 0xff : 0;
        for (int i = 0; i < end; i++) {
            if (data[i] != mask) return new DenseIntOrFloatElementsAttr(type, l, data, false);
        }
        return boolSplat(type, l, value);
    }

    /** All elements {@code value}: integer bits (truncated to the width) or a float's raw bits. */
    public static DenseIntOrFloatElementsAttr splat(ShapedType type, long bits) {
        Layout l = layoutOf(type);
        if (l.complex) throw new IllegalArgumentException("use splatComplex for complex element types");
        if (l.isBool) return boolSplat(type, l, (bits & 1) != 0);
        byte[] d = new byte[l.elementBytes];
        writeInt(d, 0, l.partBytes, mask(bits, l.bits));
        return canonical(type, l, d, true, type.numElements());
    }

    /** All elements the float {@code value}. */
    public static DenseIntOrFloatElementsAttr splat(ShapedType type, FloatValue value) {
        Layout l = layoutOf(type);
        if (!l.isFloat || l.complex) throw new IllegalArgumentException("not a float element type");
        byte[] d = new byte[l.elementBytes];
        writeFloat(d, 0, l, value);
        return canonical(type, l, d, true, type.numElements());
    }

    /**
     * Integers (or i1 values, non-zero meaning true), one per element, truncated to the element
     * type's width; for float element types, the raw bits of each element (types of at most 64
     * bits).
     */
    public static DenseIntOrFloatElementsAttr ofLongs(ShapedType type, long... values) {
        Layout l = layoutOf(type);
        if (l.complex) throw new IllegalArgumentException("complex element types take two values per element");
        checkCount(type, values.length);
        if (l.isBool) {
            byte[] d = new byte[(int) l.dataBytes(values.length)];
            for (int i = 0; i < values.length; i++) if (values[i] != 0) d[i >>> 3] |= (byte) (1 << (i & 7));
            if (values.length == 1) d[0] = d[0] != 0 ? (byte) 0xff : 0;
            return adopt(type, d);
        }
        byte[] d = new byte[Math.multiplyExact(values.length, l.elementBytes)];
        for (int i = 0; i < values.length; i++) {
            if (l.bits > 64) writeBig(d, i * l.elementBytes, l.partBytes, l.bits, BigInteger.valueOf(values[i]));
            else writeInt(d, i * l.elementBytes, l.partBytes, mask(values[i], l.bits));
        }
        return adopt(type, d);
    }

    /** i1 elements. */
    public static DenseIntOrFloatElementsAttr ofBools(ShapedType type, boolean... values) {
        long[] v = new long[values.length];
        for (int i = 0; i < v.length; i++) v[i] = values[i] ? 1 : 0;
        return ofLongs(type, v);
    }

    /** Integers of any width, truncated to the element type's width. */
    public static DenseIntOrFloatElementsAttr ofBigIntegers(ShapedType type, BigInteger... values) {
        Layout l = layoutOf(type);
        if (l.complex || l.isFloat) throw new IllegalArgumentException("not an integer element type");
        checkCount(type, values.length);
        if (l.isBool) {
            long[] v = new long[values.length];
            for (int i = 0; i < v.length; i++) v[i] = values[i].testBit(0) ? 1 : 0;
            return ofLongs(type, v);
        }
        byte[] d = new byte[Math.multiplyExact(values.length, l.elementBytes)];
        for (int i = 0; i < values.length; i++) writeBig(d, i * l.elementBytes, l.partBytes, l.bits, values[i]);
        return adopt(type, d);
    }

    /** Floats, one per element (or two per element, real then imaginary, for complex types). */
    public static DenseIntOrFloatElementsAttr ofFloats(ShapedType type, FloatValue... values) {
        Layout l = layoutOf(type);
        if (!l.isFloat) throw new IllegalArgumentException("not a float element type");
        int per = l.complex ? 2 : 1;
        if (values.length % per != 0) throw new IllegalArgumentException("complex values come in pairs");
        checkCount(type, values.length / per);
        byte[] d = new byte[Math.multiplyExact(values.length, l.partBytes)];
        for (int i = 0; i < values.length; i++) writeFloat(d, i * l.partBytes, l, values[i]);
        return adopt(type, d);
    }

    /** Floats given as doubles, rounded to the element type ({@link FloatValue#fromDouble}). */
    public static DenseIntOrFloatElementsAttr ofDoubles(ShapedType type, double... values) {
        Layout l = layoutOf(type);
        if (!l.isFloat) throw new IllegalArgumentException("not a float element type");
        FloatKind kind = ((FloatType) l.scalarType).kind();
        FloatValue[] v = new FloatValue[values.length];
        for (int i = 0; i < v.length; i++) v[i] = FloatValue.fromDouble(kind, values[i]);
        return ofFloats(type, v);
    }

    private static void checkCount(ShapedType type, long count) {
        if (count != 1 && count != type.numElements()) {
            throw new IllegalArgumentException("expected 1 or " + type.numElements() + " values, got " + count);
        }
    }

    // ---------------------------------------------------------------- accessors

    @Override
    public ShapedType type() {
        return type;
    }

    public Layout layout() {
        return layout;
    }

    @Override
    public boolean isSplat() {
        return splat;
    }

    public boolean isBool() {
        return layout.isBool;
    }

    public boolean isComplex() {
        return layout.complex;
    }

    public boolean isFloat() {
        return layout.isFloat;
    }

    /** A copy of the raw data (one element for a splat). */
    public byte[] rawData() {
        return data.clone();
    }

    /** The raw data without a copy; callers must not modify it. */
    public byte[] rawDataUnsafe() {
        return data;
    }

    private void checkIndex(long index) {
        if (index < 0 || (index >= type.numElements() && !(splat && index == 0))) {
            throw new IndexOutOfBoundsException("element " + index + " of " + type.numElements());
        }
    }

    private int offsetOf(long index, int part) {
        checkIndex(index);
        long i = splat ? 0 : index;
        return (int) (i * layout.elementBytes) + part * layout.partBytes;
    }

    /** The raw bits of a scalar part (the low 64 bits for wider types), zero-extended. */
    private long partBits(long index, int part) {
        if (layout.isBool) {
            checkIndex(index);
            long i = splat ? 0 : index;
            return (data[(int) (i >>> 3)] >>> (i & 7)) & 1;
        }
        int off = offsetOf(index, part);
        return mask(readInt(data, off, Math.min(8, layout.partBytes)), layout.bits);
    }

    /**
     * The raw bits of element {@code index} (its real part for complex types), zero-extended; for
     * types wider than 64 bits, the low 64 bits.
     */
    public long getRawBits(long index) {
        return partBits(index, 0);
    }

    /** The integer at {@code index} in the type's interpretation (low 64 bits for wider types). */
    public long getInt(long index) {
        requireInt();
        return interpret(partBits(index, 0));
    }

    /** The real part of a complex integer element. */
    public long getComplexIntReal(long index) {
        requireComplex(false);
        return interpret(partBits(index, 0));
    }

    /** The imaginary part of a complex integer element. */
    public long getComplexIntImag(long index) {
        requireComplex(false);
        return interpret(partBits(index, 1));
    }

    private long interpret(long bits) {
        int w = layout.bits;
        if (layout.unsigned || w == 0 || w >= 64) return bits;
        return (bits << (64 - w)) >> (64 - w);
    }

    /** The integer at {@code index} in the type's interpretation, at any width. */
    public BigInteger getBigInteger(long index) {
        requireInt();
        return bigPart(index, 0);
    }

    private BigInteger bigPart(long index, int part) {
        if (layout.bits <= 64) {
            long v = interpret(partBits(index, part));
            if (layout.unsigned && v < 0) return new BigInteger(Long.toUnsignedString(v));
            return BigInteger.valueOf(v);
        }
        int off = offsetOf(index, part);
        byte[] be = new byte[layout.partBytes + 1];
        for (int i = 0; i < layout.partBytes; i++) be[be.length - 1 - i] = data[off + i];
        BigInteger v = new BigInteger(be);
        if (!layout.unsigned && v.testBit(layout.bits - 1)) v = v.subtract(BigInteger.ONE.shiftLeft(layout.bits));
        return v;
    }

    /** The i1 value at {@code index} (any integer element type: non-zero is true). */
    public boolean getBool(long index) {
        requireInt();
        return partBits(index, 0) != 0;
    }

    /** The float at {@code index}. */
    public FloatValue getFloat(long index) {
        requireFloat(false);
        return floatPart(index, 0);
    }

    /** The real part of a complex float element. */
    public FloatValue getComplexReal(long index) {
        requireComplex(true);
        return floatPart(index, 0);
    }

    /** The imaginary part of a complex float element. */
    public FloatValue getComplexImag(long index) {
        requireComplex(true);
        return floatPart(index, 1);
    }

    private FloatValue floatPart(long index, int part) {
        int off = offsetOf(index, part);
        int pb = layout.partBytes;
        long lo = readInt(data, off, Math.min(8, pb));
        long hi = pb > 8 ? readInt(data, off + 8, pb - 8) : 0;
        // Read as LLVM reads the bits: x87 unnormals are NaNs.
        return FloatValue.fromBits(((FloatType) layout.scalarType).kind(), lo, hi);
    }

    /** The float at {@code index} as a double, for f16, bf16, f32 and f64 elements. */
    public double getDouble(long index) {
        requireFloat(false);
        long bits = partBits(index, 0);
        return switch (((FloatType) layout.scalarType).kind().keyword()) {
            case "f64" -> Double.longBitsToDouble(bits);
            case "f32" -> Float.intBitsToFloat((int) bits);
            case "f16" -> Float.float16ToFloat((short) bits);
            case "bf16" -> Float.intBitsToFloat((int) bits << 16);
            default -> throw new UnsupportedOperationException("no double view of " + layout.scalarType);
        };
    }

    private void requireInt() {
        if (layout.isFloat || layout.complex) throw new IllegalStateException("not an integer element type");
    }

    private void requireFloat(boolean complex) {
        if (!layout.isFloat || layout.complex != complex) throw new IllegalStateException("not a float element type");
    }

    private void requireComplex(boolean isFloat) {
        if (!layout.complex || layout.isFloat != isFloat) {
            throw new IllegalStateException("not a complex " + (isFloat ? "float" : "integer") + " element type");
        }
    }

    // ---------------------------------------------------------------- raw access helpers

    /** Reads {@code n} (0..8) little-endian bytes at {@code off}, zero-extended. */
    public static long readInt(byte[] d, int off, int n) {
        switch (n) {
            case 1:
                return d[off] & 0xffL;
            case 2:
                return (d[off] & 0xffL) | (d[off + 1] & 0xffL) << 8;
            case 4:
                return (d[off] & 0xffL) | (d[off + 1] & 0xffL) << 8 | (d[off + 2] & 0xffL) << 16
                        | (d[off + 3] & 0xffL) << 24;
            case 8:
                return readInt(d, off, 4) | readInt(d, off + 4, 4) << 32;
            default:
                long v = 0;
                for (int i = n - 1; i >= 0; i--) v = (v << 8) | (d[off + i] & 0xff);
                return v;
        }
    }

    /** Writes the low {@code n} bytes (n at most 8; more are left untouched) of {@code v} at {@code off}. */
    public static void writeInt(byte[] d, int off, int n, long v) {
        switch (n) {
            case 0:
                break;
            case 1:
                d[off] = (byte) v;
                break;
            case 2:
                d[off] = (byte) v;
                d[off + 1] = (byte) (v >>> 8);
                break;
            case 4:
                d[off] = (byte) v;
                d[off + 1] = (byte) (v >>> 8);
                d[off + 2] = (byte) (v >>> 16);
                d[off + 3] = (byte) (v >>> 24);
                break;
            case 8:
                writeInt(d, off, 4, v);
                writeInt(d, off + 4, 4, v >>> 32);
                break;
            default:
                for (int i = 0; i < Math.min(n, 8); i++) d[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Writes the low {@code bits} bits of {@code v} into {@code n} bytes at {@code off}. */
    public static void writeBig(byte[] d, int off, int n, int bits, BigInteger v) {
        for (int i = 0; i < n; i++) {
            int b = 0;
            for (int j = 0; j < 8; j++) {
                int bit = i * 8 + j;
                if (bit < bits && v.testBit(bit)) b |= 1 << j;
            }
            d[off + i] = (byte) b;
        }
    }

    /** Writes a float's bits (lo, then hi for types wider than 64 bits) as one scalar part. */
    public static void writeFloat(byte[] d, int off, Layout l, FloatValue v) {
        int pb = l.partBytes;
        if (pb <= 8) {
            writeInt(d, off, pb, mask(v.lo(), l.bits));
        } else {
            writeInt(d, off, 8, v.lo());
            writeInt(d, off + 8, pb - 8, mask(v.hi(), l.bits - 64));
        }
    }

    /** The low {@code bits} bits of {@code v}. */
    public static long mask(long v, int bits) {
        if (bits >= 64) return v;
        if (bits <= 0) return 0;
        return v & ((1L << bits) - 1);
    }

    // ---------------------------------------------------------------- identity

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof DenseIntOrFloatElementsAttr d && splat == d.splat && hashCode() == d.hashCode()
                && type.equals(d.type) && Arrays.equals(data, d.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = (type.hashCode() * 31 + sampledHash(data)) * 31 + (splat ? 1 : 0);
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }

    /** A hash of the length and of at most about 256 bytes spread over the data. */
    private static int sampledHash(byte[] data) {
        int n = data.length;
        int step = Math.max(1, n >>> 8);
        int h = n;
        for (int i = 0; i < n; i += step) h = h * 31 + data[i];
        return h * 31 + (n > 0 ? data[n - 1] : 0);
    }

    @Override
    public String toString() {
        return "DenseIntOrFloatElementsAttr[" + type + (splat ? ", splat" : "") + ", " + data.length + " bytes]";
    }
}
