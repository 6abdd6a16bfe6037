package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.DenseElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr.Layout;
import jmlir.ir.DenseResourceElementsAttr;
import jmlir.ir.DenseStringElementsAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerType;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ResourceBlob;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ResourceUser;
import jmlir.ir.ShapedType;
import jmlir.ir.SparseElementsAttr;
import jmlir.ir.Type;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and prints {@code dense<...>}, {@code dense_resource<...>} and {@code sparse<...>}
 * attributes, and prints the resources they use in the file metadata after the IR.
 *
 * <p>A literal is read in two steps, as MLIR does: first its structure (nested lists, elements
 * recorded as token offsets into the source buffer), then, once the type is known, each element
 * is decoded straight from the buffer into the attribute's byte array.
 */
final class DenseSyntax {
    private DenseSyntax() {
    }

    static final String BUILTIN = "builtin";

    // ================================================================ parsing

    static Attribute parseDense(Parser p, Type type) {
        int at = p.lex.start();
        p.advance();
        Literal literal = new Literal(p);
        int from = p.lex.end();
        if (p.at(TokenKind.LESS)) {
            Attribute direct = DenseFastPath.tryParse(p, type);
            if (direct != null) return direct;
        }
        if (p.at(TokenKind.LESS) && (literal.scanHexString(from) || literal.scanNumberList(from))) {
            p.parseToken(TokenKind.GREATER, "expected '>'");
        } else {
            p.parseToken(TokenKind.LESS, "expected '<' after 'dense'");
            if (!p.consumeIf(TokenKind.GREATER)) {
                literal.parse(true);
                p.parseToken(TokenKind.GREATER, "expected '>'");
            }
        }
        ShapedType shaped = parseElementsLiteralType(p, at, type);
        return p.context.intern(literal.build(at, shaped));
    }

    /** The literal's type: the given one, or {@code : type}; it must be shaped and static. */
    private static ShapedType parseElementsLiteralType(Parser p, int at, Type type) {
        if (type == null) {
            p.parseToken(TokenKind.COLON, "expected ':'");
            type = p.types.parseType();
        }
        if (!(type instanceof ShapedType shaped)) throw p.error(at, "elements literal must be a shaped type");
        if (!shaped.hasStaticShape()) throw p.error(at, "elements literal type must have static shape");
        return shaped;
    }

    static Attribute parseDenseResource(Parser p, Type type) {
        int at = p.lex.start();
        p.advance();
        p.parseToken(TokenKind.LESS, "expected '<' after 'dense_resource'");
        String name = keywordOrString(p);
        if (name == null) throw p.errorAtToken("expected identifier key for 'resource' entry");
        p.advance();
        ResourceHandle handle = resolveHandle(p, BUILTIN, name);
        p.parseToken(TokenKind.GREATER, "expected '>'");
        int typeAt = at;
        if (type == null) {
            typeAt = p.lex.start();
            p.parseToken(TokenKind.COLON, "expected ':'");
            type = p.types.parseType();
        }
        if (!(type instanceof ShapedType shaped)) throw p.error(typeAt, "`dense_resource` expected a shaped type");
        return p.context.intern(new DenseResourceElementsAttr(shaped, handle));
    }

    /** The current token as a resource key (bare identifier or string), or null. */
    static String keywordOrString(Parser p) {
        if (p.at(TokenKind.BARE_IDENTIFIER)) return p.lex.text();
        if (p.at(TokenKind.STRING)) return p.lex.stringValue();
        return null;
    }

    /** The handle a resource name of this input stands for, declared in the table on first use. */
    static ResourceHandle resolveHandle(Parser p, String dialect, String name) {
        String key = new StringBuilder(dialect.length() + name.length() + 1).append(dialect).append('\0')
                .append(name).toString();
        ResourceHandle h = p.resourceHandles.get(key);
        if (h == null) {
            h = p.resources.insert(dialect, name, null);
            p.resourceHandles.put(key, h);
        }
        return h;
    }

    static Attribute parseSparse(Parser p, Type type) {
        int at = p.lex.start();
        p.advance();
        p.parseToken(TokenKind.LESS, "Expected '<' after 'sparse'");
        if (p.consumeIf(TokenKind.GREATER)) {
            ShapedType shaped = parseElementsLiteralType(p, at, type);
            RankedTensorType indicesType = new RankedTensorType(new long[] {0, shaped.rank()}, IntegerType.I64);
            RankedTensorType valuesType = new RankedTensorType(new long[] {0}, shaped.elementType());
            DenseIntOrFloatElementsAttr indices = DenseIntOrFloatElementsAttr.adopt(indicesType, new byte[0]);
            DenseElementsAttr values = DenseIntOrFloatElementsAttr.isSupportedElementType(shaped.elementType())
                    ? DenseIntOrFloatElementsAttr.adopt(valuesType, new byte[0])
                    : DenseStringElementsAttr.of(valuesType, List.of());
            return p.context.intern(new SparseElementsAttr(shaped, indices, values));
        }
        int indicesAt = p.lex.start();
        Literal indexLiteral = new Literal(p);
        indexLiteral.parse(false);
        p.parseToken(TokenKind.COMMA, "expected ','");
        int valuesAt = p.lex.start();
        Literal valueLiteral = new Literal(p);
        valueLiteral.parse(true);
        p.parseToken(TokenKind.GREATER, "expected '>'");
        ShapedType shaped = parseElementsLiteralType(p, at, type);

        long[] indexShape = indexLiteral.shape.length == 0 ? new long[] {1, shaped.rank()} : indexLiteral.shape;
        RankedTensorType indicesType = new RankedTensorType(indexShape, IntegerType.I64);
        DenseIntOrFloatElementsAttr indices = (DenseIntOrFloatElementsAttr) indexLiteral.build(indicesAt, indicesType);
        long[] valueShape = valueLiteral.shape.length == 0 ? new long[] {indexShape[0]} : valueLiteral.shape;
        RankedTensorType valuesType = new RankedTensorType(valueShape, shaped.elementType());
        DenseElementsAttr values = valueLiteral.build(valuesAt, valuesType);
        verifySparse(p, at, shaped, indices, values);
        return p.context.intern(new SparseElementsAttr(shaped, indices, values));
    }

    private static void verifySparse(Parser p, int at, ShapedType type, DenseIntOrFloatElementsAttr indices,
                                     DenseElementsAttr values) {
        long[] valuesShape = values.type().shape();
        if (valuesShape.length != 1) throw p.error(at, "expected 1-d tensor for sparse element values");
        long[] indicesShape = indices.type().shape();
        int rank = type.rank();
        String shapeError = "expected shape ([" + shapeText(type.shape()) + "]); inferred shape of indices literal (["
                + shapeText(indicesShape) + "]); inferred shape of values literal ([" + shapeText(valuesShape) + "])";
        if (indicesShape.length == 2) {
            if (indicesShape[1] != rank) throw p.error(at, shapeError);
        } else if (indicesShape.length != 1 || rank != 1) {
            throw p.error(at, shapeError);
        }
        long count = indicesShape[0];
        if (count != valuesShape[0]) throw p.error(at, shapeError);
        long[] dims = type.shape();
        if (indices.isSplat()) {
            long[] index = new long[rank];
            Arrays.fill(index, indices.getInt(0));
            if (!isValidIndex(dims, index)) throw p.error(at, indexError(0, index, type));
            return;
        }
        for (long i = 0; i < count; i++) {
            long[] index = new long[rank];
            for (int d = 0; d < rank; d++) index[d] = indices.getInt(i * rank + d);
            if (!isValidIndex(dims, index)) throw p.error(at, indexError(i, index, type));
        }
    }

    private static boolean isValidIndex(long[] dims, long[] index) {
        if (index.length != dims.length) return false;
        for (int d = 0; d < dims.length; d++) {
            if (Long.compareUnsigned(index[d], dims[d]) >= 0) return false;
        }
        return true;
    }

    private static String indexError(long n, long[] index, ShapedType type) {
        StringBuilder sb = new StringBuilder("sparse index #").append(n)
                .append(" is not contained within the value shape, with index=[");
        for (int i = 0; i < index.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Long.toUnsignedString(index[i]));
        }
        return sb.append("], and type=").append(quoted(type)).toString();
    }

    static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        return sb.toString();
    }

    static String quoted(Type type) {
        return "'" + TypePrinting.toString(type) + "'";
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

    /**
     * A tensor literal as read: either one {@code "0x..."} string, or elements (a single one, or
     * nested lists whose shape is inferred). Elements are kept as token offsets and kinds.
     */
    static final class Literal {
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
        /** Where {@link #scanList} stopped. */
        private int scanPos;
        /** The inferred shape; empty when a single element (a splat) was given. */
        long[] shape = SCALAR;
        int hexStart = -1;
        int hexEnd;
        /** The bytes of the hex string when {@link #scanHexString} already decoded them. */
        byte[] hexData;

        Literal(Parser p) {
            this.p = p;
            this.lex = p.lex;
        }

        /**
         * The fast path for {@code dense<"0x...">}: when the token after the {@code <} ending at
         * {@code from} is a string of hex digits, decodes it in the same pass that finds its end
         * (instead of lexing it first), leaves the parser at the token after it and returns true.
         * Returns false, having changed nothing, for anything else.
         */
        boolean scanHexString(int from) {
            byte[] b = lex.buffer();
            int limit = lex.limit();
            int q = from;
            while (q < limit && (b[q] == ' ' || b[q] == '\n' || b[q] == '\t' || b[q] == '\r')) q++;
            if (limit - q < 4 || b[q] != '"' || b[q + 1] != '0' || b[q + 2] != 'x') return false;
            int i = q + 3;
            byte[] out = new byte[(limit - i) >>> 1];
            int o = 0;
            while (i + 3 < limit) {
                int h0 = HEX_VALUE[b[i] & 0xff], l0 = HEX_VALUE[b[i + 1] & 0xff];
                int h1 = HEX_VALUE[b[i + 2] & 0xff], l1 = HEX_VALUE[b[i + 3] & 0xff];
                if ((h0 | l0 | h1 | l1) < 0) break;
                out[o] = (byte) ((h0 << 4) | l0);
                out[o + 1] = (byte) ((h1 << 4) | l1);
                o += 2;
                i += 4;
            }
            while (i + 1 < limit) {
                int h = HEX_VALUE[b[i] & 0xff], l = HEX_VALUE[b[i + 1] & 0xff];
                if ((h | l) < 0) break;
                out[o++] = (byte) ((h << 4) | l);
                i += 2;
            }
            if (i >= limit || b[i] != '"') return false;
            hexStart = q;
            hexEnd = i + 1;
            hexData = o == out.length ? out : Arrays.copyOf(out, o);
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
            scanPos = q;
            long[] dims = scanList(b, limit);
            if (dims == null) {
                count = 0;
                return false;
            }
            shape = dims;
            lex.resetTo(scanPos);
            p.advance();
            return true;
        }

        static int skipBlanks(byte[] b, int i, int limit) {
            while (i < limit) {
                byte c = b[i];
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
                i++;
            }
            return i;
        }

        /** Scans the list starting at {@link #scanPos}; returns its shape, or null to give up. */
        private long[] scanList(byte[] b, int limit) {
            int i = skipBlanks(b, scanPos + 1, limit);
            if (i < limit && b[i] == ']') {
                scanPos = i + 1;
                return new long[] {0};
            }
            long size = 0;
            long[] first = null;
            while (true) {
                if (i >= limit) return null;
                long[] dims;
                if (b[i] == '[') {
                    scanPos = i;
                    dims = scanList(b, limit);
                    if (dims == null) return null;
                    i = scanPos;
                } else {
                    i = scanNumber(b, i, limit);
                    if (i < 0) return null;
                    dims = SCALAR;
                }
                size++;
                if (first == null) first = dims;
                else if (dims != first && !Arrays.equals(dims, first)) return null;
                i = skipBlanks(b, i, limit);
                if (i >= limit) return null;
                if (b[i] == ',') {
                    i = skipBlanks(b, i + 1, limit);
                } else if (b[i] == ']') {
                    scanPos = i + 1;
                    break;
                } else {
                    return null;
                }
            }
            long[] dims = new long[first.length + 1];
            dims[0] = size;
            System.arraycopy(first, 0, dims, 1, first.length);
            return dims;
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
                    throw p.errorAtToken("tensor literal is invalid; ranks are not consistent between elements");
                }
            } while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.RSQUARE, "expected ']'");
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
                    else throw p.errorAtToken("expected element literal of primitive type");
                }
                case MINUS -> {
                    p.advance();
                    if (p.at(TokenKind.INTEGER)) add((byte) (INT | NEGATIVE));
                    else if (p.at(TokenKind.FLOAT)) add((byte) (FLOAT | NEGATIVE));
                    else throw p.errorAtToken("expected integer or floating point literal");
                }
                case LPAREN -> {
                    p.advance();
                    parseElement();
                    p.parseToken(TokenKind.COMMA, "expected ',' between complex elements");
                    parseElement();
                    p.parseToken(TokenKind.RPAREN, "expected ')' after complex elements");
                    return;
                }
                default -> throw p.errorAtToken("expected element literal of primitive type");
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
                throw p.error(at, "inferred shape of elements literal ([" + shapeText(shape)
                        + "]) does not match type ([" + shapeText(type.shape()) + "])");
            }
            if (hexStart < 0 && count == 0 && numElements != 0) {
                throw p.error(at, "parsed zero elements, but type (" + quoted(type) + ") expected at least 1");
            }
            if (layout == null) return buildStrings(at, type);
            int per = 1;
            if (layout.complex()) {
                per = 2;
                boolean splat = shape.length == 0 && numElements != 0;
                if (splat && count != 2) {
                    throw p.error(at, "parsed " + count + " elements, but type (" + quoted(type.elementType())
                            + ") expected 2 elements");
                }
                if (shape.length != 0 && count != numElements * 2) {
                    throw p.error(at, "parsed " + count + " elements, but type (" + quoted(type) + ") expected "
                            + numElements * 2 + " elements");
                }
            }
            int n = count / per;
            if (n != 1 && n != numElements) {
                throw p.error(at, "parsed " + count + " elements, but type (" + quoted(type) + ") expected "
                        + numElements * per + " elements");
            }
            byte[] data = layout.isFloat() ? floatData(layout) : intData(layout, n);
            return DenseIntOrFloatElementsAttr.adopt(type, data);
        }

        private DenseElementsAttr buildHex(int at, ShapedType type) {
            byte[] data = hexData != null ? hexData : hexStringValue(lex.buffer(), hexStart, hexEnd);
            if (data == null) throw p.error(hexStart, "expected string containing hex digits starting with `0x`");
            if (!DenseIntOrFloatElementsAttr.isValidRawData(type, data)) {
                throw p.error(at, "elements hex data size is invalid for provided type: " + quoted(type));
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
            if (bits.bitLength() > kind.bitWidth()) throw p.error(s, "hexadecimal float constant out of range for type");
            return new FloatValue(kind, bits.longValue(), bits.shiftRight(64).longValue());
        }
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

    // ================================================================ printing

    /** Prints attributes this class reads. */
    static void print(Attribute attr, AttrTypePrinter printer) {
        StringBuilder out = printer.out;
        PrintOptions options = printer.options;
        // An if-chain rather than a pattern switch: cheaper the first time it runs.
        if (attr instanceof DenseIntOrFloatElementsAttr d) {
            if (shouldElide(options, d)) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("dense<");
                printIntOrFloat(d, printer, true);
                out.append('>');
            }
        } else if (attr instanceof DenseStringElementsAttr d) {
            if (shouldElide(options, d)) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("dense<");
                printStrings(d, printer);
                out.append('>');
            }
        } else if (attr instanceof SparseElementsAttr s) {
            if (shouldElide(options, s.indices()) || shouldElide(options, s.values())) {
                out.append("dense_resource<__elided__>");
            } else {
                out.append("sparse<");
                if (s.indices().numElements() != 0) {
                    printIntOrFloat(s.indices(), printer, false);
                    out.append(", ");
                    if (s.values() instanceof DenseIntOrFloatElementsAttr v) printIntOrFloat(v, printer, true);
                    else printStrings((DenseStringElementsAttr) s.values(), printer);
                }
                out.append('>');
            }
        } else if (attr instanceof DenseResourceElementsAttr r) {
            out.append("dense_resource<");
            printer.printKeyword(r.handle().key());
            out.append('>');
            printer.resourceUses.add(r.handle());
        } else {
            out.append(attr);
            return;
        }
        out.append(" : ");
        printer.printType(((ElementsAttr) attr).type());
    }

    private static boolean shouldElide(PrintOptions options, DenseElementsAttr attr) {
        long limit = options.elideElementsIfLarger;
        return limit >= 0 && !attr.isSplat() && attr.numElements() > limit;
    }

    private static boolean shouldPrintHex(PrintOptions options, long numElements) {
        long limit = options.hexElementsIfLarger;
        return limit != -1 && numElements > limit;
    }

    private static final byte[] HEX_DIGITS = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);

    /** Appends {@code "0x...."} with the bytes in upper-case hex. */
    static void printHex(StringBuilder out, byte[] prefix, byte[] data) {
        int n = 4 + 2 * (prefix.length + data.length);
        byte[] text = new byte[n];
        text[0] = '"';
        text[1] = '0';
        text[2] = 'x';
        int j = appendHex(text, 3, prefix);
        j = appendHex(text, j, data);
        text[j] = '"';
        out.ensureCapacity(out.length() + n);
        out.append(new String(text, StandardCharsets.ISO_8859_1));
    }

    /** Writes the upper-case hex digits of {@code data} at {@code j}; returns the end. */
    private static int appendHex(byte[] text, int j, byte[] data) {
        int n = data.length;
        int k = 0;
        for (; k + 3 < n; k += 4, j += 8) {
            int v0 = data[k] & 0xff, v1 = data[k + 1] & 0xff, v2 = data[k + 2] & 0xff, v3 = data[k + 3] & 0xff;
            text[j] = HEX_DIGITS[v0 >>> 4];
            text[j + 1] = HEX_DIGITS[v0 & 0xf];
            text[j + 2] = HEX_DIGITS[v1 >>> 4];
            text[j + 3] = HEX_DIGITS[v1 & 0xf];
            text[j + 4] = HEX_DIGITS[v2 >>> 4];
            text[j + 5] = HEX_DIGITS[v2 & 0xf];
            text[j + 6] = HEX_DIGITS[v3 >>> 4];
            text[j + 7] = HEX_DIGITS[v3 & 0xf];
        }
        for (; k < n; k++, j += 2) {
            int v = data[k] & 0xff;
            text[j] = HEX_DIGITS[v >>> 4];
            text[j + 1] = HEX_DIGITS[v & 0xf];
        }
        return j;
    }

    private static final byte[] NO_BYTES = new byte[0];

    static void printIntOrFloat(DenseIntOrFloatElementsAttr d, AttrTypePrinter printer, boolean allowHex) {
        StringBuilder out = printer.out;
        long n = d.numElements();
        if (!d.isSplat() && allowHex && shouldPrintHex(printer.options, n)) {
            printHex(out, NO_BYTES, d.rawDataUnsafe());
            return;
        }
        Layout l = d.layout();
        ElementPrinter element;
        if (l.complex()) {
            element = l.isFloat()
                    ? i -> {
                        out.append('(');
                        FloatFormat.print(d.getComplexReal(i), out);
                        out.append(',');
                        FloatFormat.print(d.getComplexImag(i), out);
                        out.append(')');
                    }
                    : i -> {
                        out.append('(');
                        printIntPart(out, l, d.getComplexIntReal(i));
                        out.append(',');
                        printIntPart(out, l, d.getComplexIntImag(i));
                        out.append(')');
                    };
        } else if (l.isFloat()) {
            element = i -> FloatFormat.print(d.getFloat(i), out);
        } else if (l.bits() == 1) {
            element = i -> out.append(d.getBool(i) ? "true" : "false");
        } else if (l.bits() > 64) {
            element = i -> out.append(d.getBigInteger(i));
        } else if (l.unsigned()) {
            element = i -> out.append(Long.toUnsignedString(d.getInt(i)));
        } else {
            element = i -> out.append(d.getInt(i));
        }
        printElements(out, d.isSplat(), d.type(), element);
    }

    private static void printIntPart(StringBuilder out, Layout l, long v) {
        if (l.bits() == 1) out.append(v != 0 ? "true" : "false");
        else if (l.unsigned()) out.append(Long.toUnsignedString(v));
        else out.append(v);
    }

    private static void printStrings(DenseStringElementsAttr d, AttrTypePrinter printer) {
        printElements(printer.out, d.isSplat(), d.type(), i -> printer.printString(d.get(i)));
    }

    @FunctionalInterface
    private interface ElementPrinter {
        void print(long index);
    }

    /** Prints a splat as its one element, others as nested lists following the shape. */
    private static void printElements(StringBuilder out, boolean splat, ShapedType type, ElementPrinter element) {
        if (splat) {
            element.print(0);
            return;
        }
        long n = type.numElements();
        if (n == 0) return;
        long[] shape = type.shape();
        int rank = shape.length;
        long[] counter = new long[rank];
        int open = 0;
        for (long idx = 0; idx < n; idx++) {
            if (idx != 0) out.append(", ");
            while (open < rank) {
                out.append('[');
                open++;
            }
            element.print(idx);
            if (rank == 0) continue;
            counter[rank - 1]++;
            for (int i = rank - 1; i > 0; i--) {
                if (counter[i] >= shape[i]) {
                    counter[i] = 0;
                    counter[i - 1]++;
                    open--;
                    out.append(']');
                }
            }
        }
        while (open-- > 0) out.append(']');
    }

    // ================================================================ alias and resource collection

    /** The type of a dense attribute, for alias collection; null for other values. */
    static Type typeOf(Object value) {
        return value instanceof ElementsAttr e ? e.type() : null;
    }

    /** Records the resources an attribute uses ({@code dense_resource}, or any {@link ResourceUser}). */
    static void noteResourceUse(Object value, Collection<ResourceHandle> uses) {
        if (value instanceof ResourceUser u) uses.addAll(u.resourceHandles());
    }

    // ================================================================ file metadata

    /**
     * Prints the {@code {-# ... #-}} section: the blobs of the resources the IR uses (those that
     * have data), then the external resources of {@code table} (may be null); nothing when both
     * are empty.
     */
    static void printFileMetadata(StringBuilder out, Collection<ResourceHandle> used, ResourceTable table,
                                  AttrTypePrinter printer) {
        Map<String, List<ResourceHandle>> byDialect = new LinkedHashMap<>();
        List<ResourceHandle> builtin = new ArrayList<>();
        for (ResourceHandle h : used) {
            if (h.blob() == null) continue;
            if (h.dialect().equals(BUILTIN)) builtin.add(h);
            else byDialect.computeIfAbsent(h.dialect(), k -> new ArrayList<>()).add(h);
        }
        if (!builtin.isEmpty()) byDialect.put(BUILTIN, builtin);
        boolean open = false;
        if (!byDialect.isEmpty()) {
            out.append("\n{-#\n");
            open = true;
            out.append("  dialect_resources: {\n");
            boolean firstGroup = true;
            for (Map.Entry<String, List<ResourceHandle>> g : byDialect.entrySet()) {
                if (!firstGroup) out.append(",\n");
                firstGroup = false;
                out.append("    ").append(g.getKey()).append(": {\n");
                boolean first = true;
                for (ResourceHandle h : g.getValue()) {
                    if (!first) out.append(",\n");
                    first = false;
                    out.append("      ");
                    printer.printKeyword(h.key());
                    out.append(": ");
                    printBlob(out, h.blob());
                }
                out.append("\n    }");
            }
            out.append("\n  }");
        }
        Map<String, List<ResourceTable.ExternalEntry>> external = table == null ? Map.of() : table.externalResources();
        boolean anyExternal = false;
        for (List<ResourceTable.ExternalEntry> entries : external.values()) anyExternal |= !entries.isEmpty();
        if (anyExternal) {
            out.append(open ? ",\n" : "\n{-#\n");
            open = true;
            out.append("  external_resources: {\n");
            boolean firstGroup = true;
            for (Map.Entry<String, List<ResourceTable.ExternalEntry>> g : external.entrySet()) {
                if (g.getValue().isEmpty()) continue;
                if (!firstGroup) out.append(",\n");
                firstGroup = false;
                out.append("    ");
                printer.printKeyword(g.getKey());
                out.append(": {\n");
                boolean first = true;
                for (ResourceTable.ExternalEntry e : g.getValue()) {
                    if (!first) out.append(",\n");
                    first = false;
                    out.append("      ");
                    printer.printKeyword(e.key());
                    out.append(": ");
                    if (e.value() instanceof ResourceTable.BoolValue b) out.append(b.value() ? "true" : "false");
                    else if (e.value() instanceof ResourceTable.StringValue s) printer.printString(s.value());
                    else printBlob(out, ((ResourceTable.BlobValue) e.value()).blob());
                }
                out.append("\n    }");
            }
            out.append("\n  }");
        }
        if (open) out.append("\n#-}\n");
    }

    private static void printBlob(StringBuilder out, ResourceBlob blob) {
        int a = blob.alignment();
        byte[] prefix = {(byte) a, (byte) (a >>> 8), (byte) (a >>> 16), (byte) (a >>> 24)};
        printHex(out, prefix, blob.data());
    }
}
