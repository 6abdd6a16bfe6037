package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.DenseElementsAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DenseResourceElementsAttr;
import jmlir.ir.DenseStringElementsAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ResourceUser;
import jmlir.ir.ShapedType;
import jmlir.ir.SparseElementsAttr;
import jmlir.ir.Type;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The entry points for {@code dense<...>}, {@code dense_resource<...>} and {@code sparse<...>}
 * attributes: the attribute parser and printer call in here.
 *
 * <p>A {@code dense} literal is read, in order of preference, by {@link DenseFastPath} (decimal
 * lists of common element types, decoded straight into the attribute's bytes once the type that
 * follows the literal is known), by {@link DenseLiteral#scanHexString} (hex strings, decoded as
 * they are scanned), or by {@link DenseLiteral} in two steps as MLIR does: first the structure
 * with each element kept as a token offset, then, with the type known, the conversion. Printing
 * is in {@link ElementsPrinter}.
 */
final class DenseSyntax {
    private DenseSyntax() {
    }

    static final String BUILTIN = "builtin";

    // ================================================================ parsing

    static Attribute parseDense(Parser p, Type type) {
        int at = p.lex.start();
        p.advance();
        DenseLiteral literal = new DenseLiteral(p);
        int from = p.lex.end();
        if (p.at(TokenKind.LESS)) {
            Attribute direct = DenseFastPath.tryParse(p, type);
            if (direct != null) return direct;
        }
        if (p.at(TokenKind.LESS) && (literal.scanHexString(from) || literal.scanNumberList(from))) {
            p.expect(TokenKind.GREATER, "expected '>'");
        } else {
            p.expect(TokenKind.LESS, "expected '<' after 'dense'");
            if (!p.consumeIf(TokenKind.GREATER)) {
                literal.parse(true);
                p.expect(TokenKind.GREATER, "expected '>'");
            }
        }
        ShapedType shaped = parseElementsLiteralType(p, at, type);
        return p.context.intern(literal.build(at, shaped));
    }

    /** The literal's type: the given one, or {@code : type}; it must be shaped and static. */
    private static ShapedType parseElementsLiteralType(Parser p, int at, Type type) {
        if (type == null) {
            p.expect(TokenKind.COLON, "expected ':'");
            type = p.types.parseType();
        }
        if (!(type instanceof ShapedType shaped)) throw p.error(at, "elements literal must be a shaped type");
        if (!shaped.hasStaticShape()) throw p.error(at, "elements literal type must have static shape");
        return shaped;
    }

    static Attribute parseDenseResource(Parser p, Type type) {
        int at = p.lex.start();
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' after 'dense_resource'");
        String name = keywordOrString(p);
        if (name == null) throw p.errorAtCurrentToken("expected identifier key for 'resource' entry");
        p.advance();
        ResourceHandle handle = resolveHandle(p, BUILTIN, name);
        p.expect(TokenKind.GREATER, "expected '>'");
        int typeAt = at;
        if (type == null) {
            typeAt = p.lex.start();
            p.expect(TokenKind.COLON, "expected ':'");
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
        p.expect(TokenKind.LESS, "Expected '<' after 'sparse'");
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
        DenseLiteral indexLiteral = new DenseLiteral(p);
        indexLiteral.parse(false);
        p.expect(TokenKind.COMMA, "expected ','");
        int valuesAt = p.lex.start();
        DenseLiteral valueLiteral = new DenseLiteral(p);
        valueLiteral.parse(true);
        p.expect(TokenKind.GREATER, "expected '>'");
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

    /** Prints attributes this class reads. */
    static void print(Attribute attr, AttrTypePrinter printer) {
        ElementsPrinter.print(attr, printer);
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

}
