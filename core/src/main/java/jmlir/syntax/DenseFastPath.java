package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr.Layout;
import jmlir.ir.FloatType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerType;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;

import java.util.Arrays;

/**
 * Reads {@code dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>} with decimal integers (up to 64 bits)
 * or f32/f64 decimal floats straight into the attribute's byte array.
 *
 * <p>The type follows the literal, so it is read first: a list of numbers holds no {@code >},
 * hence the first {@code >} after the {@code <} closes the literal. Then the list is scanned
 * from the buffer, each number converted and stored as it is read. Anything this path does not
 * handle, or any error, makes it restore the parser and give up, so that the general path reads
 * the literal and reports errors in MLIR's order.
 */
final class DenseFastPath {
    private final Parser p;
    private final byte[] b;
    private final int limit;
    private byte[] data;
    private int eb;
    private int count;
    private int maxCount;
    private int kind;
    private long maxPositive;
    private long maxNegative;
    private boolean unsigned;
    private int width;

    private static final int INT = 0, F32 = 1, F64 = 2;

    private DenseFastPath(Parser p) {
        this.p = p;
        this.b = p.lex.buffer();
        this.limit = p.lex.limit();
    }

    /**
     * With the parser at the {@code <} after {@code dense}: returns the attribute, with the
     * parser after it, or null with the parser unchanged.
     */
    static Attribute tryParse(Parser p, Type given) {
        return new DenseFastPath(p).parse(given);
    }

    private Attribute parse(Type given) {
        int lessStart = p.lex.start();
        int q = DenseLiteral.skipBlanks(b, p.lex.end(), limit);
        if (q >= limit || b[q] != '[') return null;
        int gt = q;
        while (gt < limit) {
            byte c = b[gt];
            if (c == '>') break;
            if (c == '"' || c == '/') return null;
            gt++;
        }
        if (gt >= limit) return null;
        Type type = given;
        int resume;
        try {
            p.lex.resetTo(gt + 1);
            p.advance();
            if (type == null) {
                if (!p.at(TokenKind.COLON)) return restore(lessStart);
                p.advance();
                type = p.types.parseType();
            }
            resume = p.lex.start();
        } catch (ParseException e) {
            return restore(lessStart);
        }
        if (!(type instanceof ShapedType shaped) || !shaped.hasStaticShape() || !setUp(shaped)) {
            return restore(lessStart);
        }
        NestedListShape scanner = new NestedListShape(b, limit, this::number);
        long[] shape = scanner.scan(q);
        if (shape == null || count != maxCount || !Arrays.equals(shape, shaped.shape())
                || DenseLiteral.skipBlanks(b, scanner.end(), limit) != gt) {
            return restore(lessStart);
        }
        p.lex.resetTo(resume);
        p.advance();
        return p.context.intern(DenseIntOrFloatElementsAttr.adopt(shaped, data));
    }

    private Attribute restore(int lessStart) {
        p.lex.resetTo(lessStart);
        p.advance();
        return null;
    }

    private boolean setUp(ShapedType type) {
        Layout l = Layout.of(type.elementType());
        if (l == null || l.complex() || l.isBool()) return false;
        long n = type.numElements();
        if (n < 2 || n * l.elementBytes() > Integer.MAX_VALUE - 16) return false;
        if (l.isFloat()) {
            String k = ((FloatType) l.scalarType()).kind().keyword();
            if (k.equals("f32")) kind = F32;
            else if (k.equals("f64")) kind = F64;
            else return false;
        } else {
            int w = l.bits();
            if (w == 0 || w > 64) return false;
            kind = INT;
            width = w;
            unsigned = l.unsigned();
            boolean signedOrIndex = l.scalarType() instanceof IndexType
                    || (l.scalarType() instanceof IntegerType it && it.signedness() == IntegerType.Signedness.SIGNED);
            maxPositive = signedOrIndex ? (w > 63 ? Long.MAX_VALUE : (1L << (w - 1)) - 1)
                    : (w >= 63 ? Long.MAX_VALUE : (1L << w) - 1);
            maxNegative = w > 63 ? Long.MAX_VALUE : 1L << (w - 1);
        }
        eb = l.elementBytes();
        maxCount = (int) n;
        data = new byte[maxCount * eb];
        return true;
    }

    /** Reads and stores one number at {@code i}; returns its end, or -1 to give up. */
    private int number(int i) {
        if (count == maxCount) return -1;
        boolean negative = false;
        if (b[i] == '-') {
            negative = true;
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
        int off = count * eb;
        if (i < limit && b[i] == '.') {
            if (kind == INT) return -1;
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
            double v = DenseLiteral.parseDouble(b, s, i);
            if (negative) v = -v;
            if (kind == F32) DenseIntOrFloatElementsAttr.writeInt(data, off, 4, Float.floatToRawIntBits((float) v));
            else DenseIntOrFloatElementsAttr.writeInt(data, off, 8, Double.doubleToRawLongBits(v));
            count++;
            return i;
        }
        if (kind != INT || i - s > 18) return -1;
        long v;
        if (negative) {
            if (unsigned || m == 0 || m > maxNegative) return -1;
            v = -m;
        } else {
            if (m > maxPositive) return -1;
            v = m;
        }
        DenseIntOrFloatElementsAttr.writeInt(data, off, eb, DenseIntOrFloatElementsAttr.mask(v, width));
        count++;
        return i;
    }
}
