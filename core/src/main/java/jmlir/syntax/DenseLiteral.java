package jmlir.syntax;

import jmlir.ir.DenseElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr.Layout;
import jmlir.ir.DenseStringElementsAttr;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerType;
import jmlir.ir.ShapedType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tensor literal as read: either one {@code "0x..."} string, or elements (a single one, or
 * nested lists whose shape is inferred). Elements are kept as token offsets and kinds.
 */
final class DenseLiteral {
    static final byte INT = 1, FLOAT = 2, TRUE = 3, FALSE = 4, STRING = 5;
    static final byte NEGATIVE = (byte) 0x80;
    /** Set when {@link #values} holds the element: an integer's magnitude or a float's double bits. */
    static final byte KNOWN = 0x40;
    private static final long[] SCALAR = new long[0];

    private final Parser p;
    private final Lexer lex;
    int[] starts = new int[16];
    int[] ends = new int[16];
    byte[] kinds = new byte[16];
    long[] values = new long[16];
    int count;
    /** The inferred shape; empty when a single element (a splat) was given. */
    long[] shape = SCALAR;
    int hexStart = -1;
    int hexEnd;
    /** The bytes of the hex string when {@link #scanHexString} already decoded them. */
    byte[] hexData;

    DenseLiteral(Parser p) {
        this.p = p;
        this.lex = p.lex;
    }

    /**
     * The fast path for {@code dense<"0x...">}: when the token after the {@code <} ending at
     * {@code from} is a string of hex digits, finds its end and decodes it straight from the
     * buffer (instead of lexing it first), leaves the parser at the token after it and returns
     * true.
     * Returns false, having changed nothing, for anything else.
     */
    boolean scanHexString(int from) {
        byte[] b = lex.buffer();
        int limit = lex.limit();
        int q = from;
        while (q < limit && (b[q] == ' ' || b[q] == '\n' || b[q] == '\t' || b[q] == '\r')) q++;
        if (limit - q < 4 || b[q] != '"' || b[q + 1] != '0' || b[q + 2] != 'x') return false;
        int i = q + 3;
        byte[] out = decodeQuotedHex(b, i, limit);
        if (out == null) return false;
        int end = i + 2 * out.length;
        p.source.noLineFeedsIn(i, end);
        hexStart = q;
        hexEnd = end + 1;
        hexData = out;
        lex.resetTo(hexEnd);
        p.advance();
        return true;
    }

    void parse(boolean allowHex) {
        if (allowHex && p.at(TokenKind.STRING)) {
            hexStart = lex.start();
            hexEnd = lex.end();
            p.advance();
            return;
        }
        if (p.at(TokenKind.LSQUARE)) shape = parseList();
        else parseElement();
    }

    private void add(byte kind) {
        add(kind, lex.start(), lex.end(), 0);
    }

    private void add(byte kind, int start, int end, long value) {
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            kinds = Arrays.copyOf(kinds, n);
            values = Arrays.copyOf(values, n);
        }
        starts[count] = start;
        ends[count] = end;
        kinds[count] = kind;
        values[count] = value;
        count++;
    }

    /**
     * The fast path for nested lists of decimal numbers, the usual form of large literals:
     * scans the bytes after the {@code <} ending at {@code from} directly, converting each
     * number as it goes, and leaves the parser after the list. Anything unusual (comments,
     * other tokens, malformed lists) makes it return false having changed nothing, and the
     * general path then reads (and reports on) the literal.
     */
    boolean scanNumberList(int from) {
        byte[] b = lex.buffer();
        int limit = lex.limit();
        int q = skipBlanks(b, from, limit);
        if (q >= limit || b[q] != '[') return false;
        NestedListShape scanner = new NestedListShape(b, limit, at -> scanNumber(b, at, limit));
        long[] dims = scanner.scan(q);
        if (dims == null) {
            count = 0;
            return false;
        }
        shape = dims;
        lex.resetTo(scanner.end());
        p.advance();
        return true;
    }

    /**
     * The bytes of the hex digits from {@code i} to the next {@code '"'}: null unless the quote is
     * there and the digits before it are hex digits, an even number of them. The quote is found
     * first with one comparison a byte and the digits are checked while they are decoded: these
     * loops may run over megabytes before they are compiled.
     */
    static byte[] decodeQuotedHex(byte[] b, int i, int limit) {
        int e = i;
        while (e < limit && b[e] != '"') e++;
        if (e >= limit || ((e - i) & 1) != 0) return null;
        byte[] out = new byte[(e - i) >>> 1];
        int bad = 0;
        int o = 0;
        for (; i + 3 < e; i += 4, o += 2) {
            int h0 = HEX_VALUE[b[i] & 0xff], h1 = HEX_VALUE[b[i + 1] & 0xff];
            int h2 = HEX_VALUE[b[i + 2] & 0xff], h3 = HEX_VALUE[b[i + 3] & 0xff];
            bad |= h0 | h1 | h2 | h3;
            out[o] = (byte) ((h0 << 4) | h1);
            out[o + 1] = (byte) ((h2 << 4) | h3);
        }
        if (i < e) {
            int h0 = HEX_VALUE[b[i] & 0xff], h1 = HEX_VALUE[b[i + 1] & 0xff];
            bad |= h0 | h1;
            out[o] = (byte) ((h0 << 4) | h1);
        }
        // A byte that is no hex digit has the value -1, which sets the sign bit.
        return bad < 0 ? null : out;
    }

    static int skipBlanks(byte[] b, int i, int limit) {
        while (i < limit) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
            i++;
        }
        return i;
    }

    /** Scans {@code -?digits(.digits(exponent)?)?} at {@code i}; returns its end, or -1 to give up. */
    private int scanNumber(byte[] b, int i, int limit) {
        byte sign = 0;
        if (b[i] == '-') {
            sign = NEGATIVE;
            i++;
        }
        int s = i;
        if (i >= limit || b[i] < '0' || b[i] > '9') return -1;
        if (b[i] == '0' && i + 1 < limit && b[i + 1] == 'x') return -1;
        long m = 0;
        while (i < limit && b[i] >= '0' && b[i] <= '9') {
            m = m * 10 + (b[i] - '0');
            i++;
        }
        if (i < limit && b[i] == '.') {
            i++;
            while (i < limit && b[i] >= '0' && b[i] <= '9') i++;
            if (i + 1 < limit && (b[i] == 'e' || b[i] == 'E')) {
                byte d = b[i + 1];
                boolean digit = d >= '0' && d <= '9';
                boolean signed = (d == '-' || d == '+') && i + 2 < limit && b[i + 2] >= '0' && b[i + 2] <= '9';
                if (digit || signed) {
                    i += 2;
                    while (i < limit && b[i] >= '0' && b[i] <= '9') i++;
                }
            }
            add((byte) (FLOAT | KNOWN | sign), s, i, Double.doubleToRawLongBits(parseDouble(b, s, i)));
            return i;
        }
        add((byte) (INT | (i - s <= 18 ? KNOWN : 0) | sign), s, i, m);
        return i;
    }

    private long[] parseList() {
        p.advance();
        if (p.consumeIf(TokenKind.RSQUARE)) return new long[] {0};
        long size = 0;
        long[] first = null;
        do {
            long[] dims;
            TokenKind k = lex.kind();
            if (k == TokenKind.INTEGER) {
                add(INT);
                p.advance();
                dims = SCALAR;
            } else if (k == TokenKind.LSQUARE) {
                dims = parseList();
            } else {
                parseElement();
                dims = SCALAR;
            }
            size++;
            if (first == null) {
                first = dims;
            } else if (dims != first && !Arrays.equals(dims, first)) {
                throw p.errorAtCurrentToken("tensor literal is invalid; ranks are not consistent between elements");
            }
        } while (p.consumeIf(TokenKind.COMMA));
        p.expect(TokenKind.RSQUARE, "expected ']'");
        long[] dims = new long[first.length + 1];
        dims[0] = size;
        System.arraycopy(first, 0, dims, 1, first.length);
        return dims;
    }

    private void parseElement() {
        switch (lex.kind()) {
            case INTEGER -> add(INT);
            case FLOAT -> add(FLOAT);
            case STRING -> add(STRING);
            case BARE_IDENTIFIER -> {
                if (lex.is("true")) add(TRUE);
                else if (lex.is("false")) add(FALSE);
                else throw p.errorAtCurrentToken("expected element literal of primitive type");
            }
            case MINUS -> {
                p.advance();
                if (p.at(TokenKind.INTEGER)) add((byte) (INT | NEGATIVE));
                else if (p.at(TokenKind.FLOAT)) add((byte) (FLOAT | NEGATIVE));
                else throw p.errorAtCurrentToken("expected integer or floating point literal");
            }
            case LPAREN -> {
                p.advance();
                parseElement();
                p.expect(TokenKind.COMMA, "expected ',' between complex elements");
                parseElement();
                p.expect(TokenKind.RPAREN, "expected ')' after complex elements");
                return;
            }
            default -> throw p.errorAtCurrentToken("expected element literal of primitive type");
        }
        p.advance();
    }

    // ------------------------------------------------------------ building

    /** Builds the attribute for {@code type}; errors are reported at {@code at}. */
    DenseElementsAttr build(int at, ShapedType type) {
        Layout layout = Layout.of(type.elementType());
        if (hexStart >= 0 && layout != null) return buildHex(at, type);
        long numElements = type.numElements();
        if (shape.length != 0 && !Arrays.equals(shape, type.shape())) {
            throw p.error(at, "inferred shape of elements literal ([" + DenseSyntax.shapeText(shape)
                    + "]) does not match type ([" + DenseSyntax.shapeText(type.shape()) + "])");
        }
        if (hexStart < 0 && count == 0 && numElements != 0) {
            throw p.error(at, "parsed zero elements, but type (" + DenseSyntax.quoted(type) + ") expected at least 1");
        }
        if (layout == null) return buildStrings(at, type);
        int per = 1;
        if (layout.complex()) {
            per = 2;
            boolean splat = shape.length == 0 && numElements != 0;
            if (splat && count != 2) {
                throw p.error(at, "parsed " + count + " elements, but type (" + DenseSyntax.quoted(type.elementType())
                        + ") expected 2 elements");
            }
            if (shape.length != 0 && count != numElements * 2) {
                throw p.error(at, "parsed " + count + " elements, but type (" + DenseSyntax.quoted(type) + ") expected "
                        + numElements * 2 + " elements");
            }
        }
        int n = count / per;
        if (n != 1 && n != numElements) {
            throw p.error(at, "parsed " + count + " elements, but type (" + DenseSyntax.quoted(type) + ") expected "
                    + numElements * per + " elements");
        }
        byte[] data = layout.isFloat() ? floatData(layout) : intData(layout, n);
        return DenseIntOrFloatElementsAttr.adopt(type, data);
    }

    private DenseElementsAttr buildHex(int at, ShapedType type) {
        byte[] data = hexData != null ? hexData : hexStringValue(lex.buffer(), hexStart, hexEnd);
        if (data == null) throw p.error(hexStart, "expected string containing hex digits starting with `0x`");
        if (!DenseIntOrFloatElementsAttr.isValidRawData(type, data)) {
            throw p.error(at, "elements hex data size is invalid for provided type: " + DenseSyntax.quoted(type));
        }
        return DenseIntOrFloatElementsAttr.adopt(type, data);
    }

    private DenseElementsAttr buildStrings(int at, ShapedType type) {
        byte[] b = lex.buffer();
        if (hexStart >= 0) return DenseStringElementsAttr.of(type, List.of(Lexer.decodeString(b, hexStart, hexEnd)));
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if ((kinds[i] & 0x3f) != STRING) {
                throw p.error(at, "expected string token, got "
                        + new String(b, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1));
            }
            values.add(Lexer.decodeString(b, starts[i], ends[i]));
        }
        return DenseStringElementsAttr.of(type, values);
    }

    // ------------------------------------------------------------ integers

    private byte[] intData(Layout layout, int n) {
        if (layout.isBool()) {
            byte[] data = new byte[n == 1 ? 1 : (n + 7) >>> 3];
            for (int i = 0; i < count; i++) {
                if (intBits(layout, i) != 0) data[i >>> 3] |= (byte) (1 << (i & 7));
            }
            if (n == 1) data[0] = data[0] != 0 ? (byte) 0xff : 0;
            return data;
        }
        int pb = layout.partBytes();
        byte[] data = new byte[Math.multiplyExact(count, pb)];
        int w = layout.bits();
        if (w > 64) {
            for (int i = 0; i < count; i++) {
                DenseIntOrFloatElementsAttr.writeBig(data, i * pb, pb, w, bigIntBits(layout, i));
            }
            return data;
        }
        // Bounds on the magnitudes the type takes (see intBits); -1 means none.
        boolean signedOrIndex = isSignedOrIndex(layout);
        long maxPositive = w == 0 ? 0 : signedOrIndex ? (w > 63 ? Long.MAX_VALUE : (1L << (w - 1)) - 1)
                : (w >= 63 ? Long.MAX_VALUE : (1L << w) - 1);
        long maxNegative = w == 0 ? -1 : w > 63 ? Long.MAX_VALUE : 1L << (w - 1);
        boolean unsigned = layout.unsigned();
        for (int i = 0, off = 0; i < count; i++, off += pb) {
            byte k = kinds[i];
            long v;
            if ((k & (0x3f | KNOWN)) == (INT | KNOWN) && !(k < 0 && unsigned)) {
                long m = values[i];
                if (k < 0) {
                    if (m == 0 || m > maxNegative) throw p.error(starts[i], "integer constant out of range for type");
                    v = DenseIntOrFloatElementsAttr.mask(-m, w);
                } else {
                    if (m > maxPositive) throw p.error(starts[i], "integer constant out of range for type");
                    v = m;
                }
            } else {
                v = intBits(layout, i);
            }
            DenseIntOrFloatElementsAttr.writeInt(data, off, pb, v);
        }
        return data;
    }

    private static boolean isSignedOrIndex(Layout layout) {
        return layout.scalarType() instanceof IndexType
                || (layout.scalarType() instanceof IntegerType it && it.signedness() == IntegerType.Signedness.SIGNED);
    }

    private void checkIntToken(Layout layout, int i) {
        byte k = kinds[i];
        if (k < 0 && layout.unsigned()) {
            throw p.error(starts[i], "expected unsigned integer elements, but parsed negative value");
        }
        int kind = k & 0x3f;
        if (kind == FLOAT) throw p.error(starts[i], "expected integer elements, but parsed floating-point");
        if ((kind == TRUE || kind == FALSE) && layout.bits() != 1) {
            throw p.error(starts[i], "expected i1 type for 'true' or 'false' values");
        }
    }

    /** The bits of integer element {@code i}, truncated to the width (at most 64). */
    private long intBits(Layout layout, int i) {
        checkIntToken(layout, i);
        int kind = kinds[i] & 0x3f;
        if (kind == TRUE) return 1;
        if (kind == FALSE) return 0;
        boolean negative = kinds[i] < 0;
        byte[] b = lex.buffer();
        int s = starts[i], e = ends[i];
        int w = layout.bits();
        if (kind == INT) {
            long m = -1;
            if (e - s > 2 && b[s + 1] == 'x') {
                if (e - s - 2 <= 15) {
                    m = 0;
                    for (int j = s + 2; j < e; j++) m = (m << 4) | HEX_VALUE[b[j] & 0xff];
                }
            } else if (e - s <= 18) {
                m = 0;
                for (int j = s; j < e; j++) m = m * 10 + (b[j] - '0');
            }
            if (m >= 0) {
                boolean signedOrIndex = layout.scalarType() instanceof IndexType
                        || (layout.scalarType() instanceof IntegerType it
                        && it.signedness() == IntegerType.Signedness.SIGNED);
                boolean ok;
                if (w == 0) ok = !negative && m == 0;
                else if (negative) ok = m != 0 && (w > 63 || m <= 1L << (w - 1));
                else if (signedOrIndex) ok = w > 63 || m < 1L << (w - 1);
                else ok = w >= 63 || m < 1L << w;
                if (!ok) throw p.error(s, "integer constant out of range for type");
                return DenseIntOrFloatElementsAttr.mask(negative ? -m : m, w);
            }
        }
        return bigIntBits(layout, i).longValue();
    }

    /** The bits of integer element {@code i} at any width, checked as MLIR checks them. */
    private BigInteger bigIntBits(Layout layout, int i) {
        checkIntToken(layout, i);
        int kind = kinds[i] & 0x3f;
        if (kind == TRUE) return BigInteger.ONE;
        if (kind == FALSE) return BigInteger.ZERO;
        int s = starts[i], e = ends[i];
        String text = new String(lex.buffer(), s, e - s, StandardCharsets.ISO_8859_1);
        BigInteger r = null;
        if (kind == INT) {
            try {
                r = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
            } catch (NumberFormatException ex) {
                r = null;
            }
        }
        int w = layout.bits();
        if (r == null || r.bitLength() > w) throw p.error(s, "integer constant out of range for type");
        boolean negative = kinds[i] < 0;
        boolean signedOrIndex = layout.scalarType() instanceof IndexType
                || (layout.scalarType() instanceof IntegerType it && it.signedness() == IntegerType.Signedness.SIGNED);
        boolean ok;
        BigInteger modulus = BigInteger.ONE.shiftLeft(w);
        if (w == 0) {
            ok = !negative;
        } else if (negative) {
            r = r.negate().mod(modulus);
            ok = r.testBit(w - 1);
        } else {
            ok = !(signedOrIndex && r.testBit(w - 1));
        }
        if (!ok) throw p.error(s, "integer constant out of range for type");
        return r;
    }

    // ------------------------------------------------------------ floats

    private byte[] floatData(Layout layout) {
        int pb = layout.partBytes();
        byte[] data = new byte[Math.multiplyExact(count, pb)];
        FloatKind kind = ((FloatType) layout.scalarType()).kind();
        String keyword = kind.keyword();
        boolean f32 = keyword.equals("f32"), f64 = keyword.equals("f64");
        byte[] b = lex.buffer();
        for (int i = 0, off = 0; i < count; i++, off += pb) {
            int k = kinds[i] & 0x3f;
            boolean negative = kinds[i] < 0;
            if (k == FLOAT) {
                double d = (kinds[i] & KNOWN) != 0 ? Double.longBitsToDouble(values[i]) : parseDouble(b, starts[i], ends[i]);
                if (negative) d = -d;
                if (f32) DenseIntOrFloatElementsAttr.writeInt(data, off, 4, Float.floatToRawIntBits((float) d));
                else if (f64) DenseIntOrFloatElementsAttr.writeInt(data, off, 8, Double.doubleToRawLongBits(d));
                else DenseIntOrFloatElementsAttr.writeFloat(data, off, layout, FloatValue.fromDouble(kind, d));
            } else if (k == INT) {
                DenseIntOrFloatElementsAttr.writeFloat(data, off, layout, floatFromInteger(kind, i, negative));
            } else {
                throw p.error(starts[i], "expected floating point literal");
            }
        }
        return data;
    }

    /** A float given by the bits of a hexadecimal integer literal. */
    private FloatValue floatFromInteger(FloatKind kind, int i, boolean negative) {
        byte[] b = lex.buffer();
        int s = starts[i], e = ends[i];
        if (!(e - s > 1 && b[s + 1] == 'x')) {
            ParseException ex = p.error(s, "unexpected decimal integer literal for a floating point value");
            ex.diagnostic().attachNote(null, "add a trailing dot to make the literal a float");
            throw ex;
        }
        if (negative) throw p.error(s, "hexadecimal float literal should not have a leading minus");
        BigInteger bits = new BigInteger(new String(b, s + 2, e - s - 2, StandardCharsets.ISO_8859_1), 16);
        if (bits.bitLength() > kind.width()) throw p.error(s, "hexadecimal float constant out of range for type");
        // Stored as LLVM writes the value back: x87 unnormals become NaNs.
        return FloatValue.fromBits(kind, bits.longValue(), bits.shiftRight(64).longValue());
    }

    /** The bytes of a {@code "0x..."} string token in [start, end), or null if it is not one. */
    static byte[] hexStringValue(byte[] b, int start, int end) {
        int s = start + 1, e = end - 1;
        if (e - s < 2 || b[s] != '0' || b[s + 1] != 'x') return null;
        s += 2;
        int n = e - s;
        if ((n & 1) != 0) return null;
        byte[] out = new byte[n >>> 1];
        for (int i = 0, j = s; i < out.length; i++, j += 2) {
            int hi = HEX_VALUE[b[j] & 0xff], lo = HEX_VALUE[b[j + 1] & 0xff];
            if ((hi | lo) < 0) return null;
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    private static final byte[] HEX_VALUE = new byte[256];

    static {
        Arrays.fill(HEX_VALUE, (byte) -1);
        for (int c = '0'; c <= '9'; c++) HEX_VALUE[c] = (byte) (c - '0');
        for (int c = 'a'; c <= 'f'; c++) HEX_VALUE[c] = (byte) (c - 'a' + 10);
        for (int c = 'A'; c <= 'F'; c++) HEX_VALUE[c] = (byte) (c - 'A' + 10);
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    };

    /**
     * The double nearest to the decimal float literal in [s, e) (digits, '.', digits, optional
     * exponent). Literals of at most 15 significant digits and small exponents are converted
     * exactly here; others go through {@link Double#parseDouble}.
     */
    static double parseDouble(byte[] b, int s, int e) {
        long m = 0;
        int digits = 0;
        int exp = 0;
        int i = s;
        boolean seenDot = false;
        for (; i < e; i++) {
            int c = b[i];
            if (c == '.') {
                seenDot = true;
                continue;
            }
            if (c < '0' || c > '9') break;
            if (m == 0 && c == '0') {
                if (seenDot) exp--;
                continue;
            }
            if (digits >= 15) return slowDouble(b, s, e);
            m = m * 10 + (c - '0');
            digits++;
            if (seenDot) exp--;
        }
        if (i < e) {
            i++;
            boolean negExp = false;
            if (b[i] == '-' || b[i] == '+') {
                negExp = b[i] == '-';
                i++;
            }
            int x = 0;
            for (; i < e; i++) {
                x = x * 10 + (b[i] - '0');
                if (x > 10000) return slowDouble(b, s, e);
            }
            exp += negExp ? -x : x;
        }
        if (m == 0) return 0.0;
        if (exp >= 0 && exp <= 22) return m * POW10[exp];
        if (exp < 0 && exp >= -22) return m / POW10[-exp];
        return slowDouble(b, s, e);
    }

    private static double slowDouble(byte[] b, int s, int e) {
        return Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    }

}
