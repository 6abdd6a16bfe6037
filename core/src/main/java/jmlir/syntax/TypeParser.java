package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.ComplexType;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatType;
import jmlir.ir.FunctionType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.MemRefType;
import jmlir.ir.NoneType;
import jmlir.ir.OpaqueAttr;
import jmlir.ir.OpaqueType;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ShapedType;
import jmlir.ir.StringAttr;
import jmlir.ir.StridedLayoutAttr;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.TupleType;
import jmlir.ir.Type;
import jmlir.ir.UnrankedMemRefType;
import jmlir.ir.UnrankedTensorType;
import jmlir.ir.VectorType;

import java.util.ArrayList;
import java.util.List;

/** Reads builtin types, type aliases and dialect types kept verbatim. */
final class TypeParser {
    private final Parser p;
    private final Lexer lex;

    TypeParser(Parser p) {
        this.p = p;
        this.lex = p.lex;
    }

    /** type ::= function-type | non-function-type */
    Type parseType() {
        if (p.at(TokenKind.LPAREN)) return parseFunctionType();
        int end = cacheableEnd();
        if (end < 0) return parseNonFunctionType();
        int start = lex.start();
        int hash = SpanCache.hash(lex.buffer(), start, end);
        Type cached = p.typeCache.get(start, end, hash);
        if (cached != null) {
            lex.resetTo(end);
            p.advance();
            return cached;
        }
        Type t = parseNonFunctionType();
        if (lex.start() >= end) p.typeCache.put(start, end, hash, t);
        return t;
    }

    /** For a type with a bracketed body ({@code memref<...>}, {@code !d.t<...>}), where it ends; else -1. */
    private int cacheableEnd() {
        byte[] b = lex.buffer();
        int e = lex.end();
        if (e >= lex.limit() || b[e] != '<') return -1;
        boolean bracketed = p.at(TokenKind.EXCLAMATION_IDENTIFIER)
                || (p.at(TokenKind.BARE_IDENTIFIER) && (lex.is("memref") || lex.is("tensor") || lex.is("vector")));
        if (!bracketed) return -1;
        return DialectBody.matchingEnd(b, e, lex.limit(), SpanCache.MAX_SPAN);
    }

    /** Returns the type starting at the current token, or null if no type starts here. */
    Type parseOptionalType() {
        return startsType() ? parseType() : null;
    }

    boolean startsType() {
        return switch (p.kind()) {
            case LPAREN, EXCLAMATION_IDENTIFIER -> true;
            case BARE_IDENTIFIER -> isTypeKeyword();
            default -> false;
        };
    }

    private boolean isTypeKeyword() {
        if (lex.is("index") || lex.is("none") || lex.is("complex") || lex.is("tuple") || lex.is("vector")
                || lex.is("tensor") || lex.is("memref")) {
            return true;
        }
        return integerWidthOffset() > 0 || floatKeyword() != null;
    }

    private static final FloatKind[] FLOAT_KINDS = FloatKind.values();

    /** The float type the current keyword names ({@code f32}, {@code bf16}), or null; compared in place. */
    private FloatKind floatKeyword() {
        for (FloatKind kind : FLOAT_KINDS) if (lex.is(kind.keyword())) return kind;
        return null;
    }

    /** For an integer type keyword (i32, si8, ui1), the offset of its width digits; else -1. */
    private int integerWidthOffset() {
        byte[] b = lex.buffer();
        int s = lex.start(), e = lex.end();
        int digits;
        if (e - s >= 2 && b[s] == 'i') digits = s + 1;
        else if (e - s >= 3 && (b[s] == 's' || b[s] == 'u') && b[s + 1] == 'i') digits = s + 2;
        else return -1;
        for (int i = digits; i < e; i++) if (!Lexer.isDigit(b[i])) return -1;
        return digits - s;
    }

    FunctionType parseFunctionType() {
        List<Type> inputs = parseTypeListParens();
        p.expect(TokenKind.ARROW, "expected '->' in function type");
        List<Type> results = parseFunctionResultTypes();
        return p.context.intern(new FunctionType(inputs, results));
    }

    /** {@code ( type, ... )}, possibly empty. */
    List<Type> parseTypeListParens() {
        p.expect(TokenKind.LPAREN, "expected '('");
        if (p.consumeIf(TokenKind.RPAREN)) return List.of();
        List<Type> types = parseTypeList();
        p.expect(TokenKind.RPAREN, "expected ')'");
        return types;
    }

    List<Type> parseTypeList() {
        List<Type> types = new ArrayList<>();
        do {
            types.add(parseType());
        } while (p.consumeIf(TokenKind.COMMA));
        return types;
    }

    List<Type> parseFunctionResultTypes() {
        if (p.at(TokenKind.LPAREN)) return parseTypeListParens();
        return List.of(parseNonFunctionType());
    }

    Type parseNonFunctionType() {
        switch (p.kind()) {
            case EXCLAMATION_IDENTIFIER:
                return parseExtendedType();
            case BARE_IDENTIFIER:
                break;
            case LPAREN:
                throw p.errorAtToken("expected non-function type");
            default:
                throw p.errorAtToken("expected non-function type");
        }
        int widthAt = integerWidthOffset();
        if (widthAt > 0) return parseIntegerType(widthAt);
        if (lex.is("index")) {
            p.advance();
            return IndexType.INSTANCE;
        }
        if (lex.is("none")) {
            p.advance();
            return NoneType.INSTANCE;
        }
        FloatKind fk = floatKeyword();
        if (fk != null) {
            p.advance();
            return FloatType.of(fk);
        }
        if (lex.is("complex")) return parseComplexType();
        if (lex.is("tuple")) return parseTupleType();
        if (lex.is("vector")) return parseVectorType();
        if (lex.is("tensor")) return parseTensorType();
        if (lex.is("memref")) return parseMemRefType();
        throw p.errorAtToken("expected non-function type");
    }

    private Type parseIntegerType(int widthAt) {
        byte[] b = lex.buffer();
        int s = lex.start();
        IntegerType.Signedness sign = b[s] == 's' ? IntegerType.Signedness.SIGNED
                : b[s] == 'u' ? IntegerType.Signedness.UNSIGNED : IntegerType.Signedness.SIGNLESS;
        long width = 0;
        for (int i = s + widthAt; i < lex.end(); i++) {
            width = width * 10 + (b[i] - '0');
            if (width > IntegerType.MAX_WIDTH) break;
        }
        if (width > IntegerType.MAX_WIDTH) {
            throw p.error(lex.start(), "integer bitwidth is limited to " + IntegerType.MAX_WIDTH + " bits");
        }
        p.advance();
        if (sign == IntegerType.Signedness.SIGNLESS) return IntegerType.signless((int) width);
        return p.context.intern(new IntegerType((int) width, sign));
    }

    private Type parseComplexType() {
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' in complex type");
        int at = lex.start();
        Type elem = parseType();
        if (!(elem instanceof FloatType) && !(elem instanceof IntegerType)) {
            throw p.error(at, "invalid element type for complex");
        }
        p.expect(TokenKind.GREATER, "expected '>' in complex type");
        return p.context.intern(new ComplexType(elem));
    }

    private Type parseTupleType() {
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' in tuple type");
        if (p.consumeIf(TokenKind.GREATER)) return p.context.intern(new TupleType(List.of()));
        List<Type> types = parseTypeList();
        p.expect(TokenKind.GREATER, "expected '>' in tuple type");
        return p.context.intern(new TupleType(types));
    }

    // ---------------------------------------------------------------- shaped types

    /** Dimensions read by {@link #parseDimensionList}; scalable is null unless allowed. */
    private record Dims(long[] shape, boolean[] scalable) {
    }

    /**
     * Reads {@code 4x?x} style dimension prefixes. The lexer reads {@code 4x4xf32} as the integer
     * 4 followed by the identifier {@code x4xf32}; each 'x' is consumed by re-lexing after it.
     */
    private Dims parseDimensionList(boolean allowDynamic, boolean allowScalable) {
        long[] shape = new long[4];
        boolean[] scalable = allowScalable ? new boolean[4] : null;
        int n = 0;
        while (true) {
            boolean isScalable = false;
            int dimAt = lex.start();
            if (allowScalable && p.at(TokenKind.LSQUARE)) {
                p.advance();
                isScalable = true;
                if (!p.at(TokenKind.INTEGER)) throw p.errorAtToken("expected integer value");
            }
            long dim;
            if (p.at(TokenKind.QUESTION)) {
                if (!allowDynamic) throw p.errorAtToken("expected static shape");
                dim = ShapedType.DYNAMIC;
                p.advance();
            } else if (p.at(TokenKind.INTEGER)) {
                dim = parseDimensionInteger();
            } else {
                if (isScalable) throw p.errorAtToken("expected integer value");
                break;
            }
            if (isScalable) p.expect(TokenKind.RSQUARE, "missing ']' closing scalable dimension");
            if (n == shape.length) {
                shape = java.util.Arrays.copyOf(shape, n * 2);
                if (scalable != null) scalable = java.util.Arrays.copyOf(scalable, n * 2);
            }
            if (scalable != null) scalable[n] = isScalable;
            shape[n++] = dim;
            consumeX(dimAt);
        }
        return new Dims(java.util.Arrays.copyOf(shape, n), scalable == null ? null : java.util.Arrays.copyOf(scalable, n));
    }

    /** Reads a decimal dimension; {@code 0x4} lexes as hex, so only its leading 0 is taken. */
    private long parseDimensionInteger() {
        byte[] b = lex.buffer();
        int s = lex.start();
        if (lex.end() - s > 1 && b[s + 1] == 'x') {
            lex.resetTo(s + 1);
            p.advance();
            return 0;
        }
        long v = 0;
        for (int i = s; i < lex.end(); i++) {
            int digit = b[i] - '0';
            if (v > (Long.MAX_VALUE - digit) / 10) throw p.errorAtToken("invalid dimension");
            v = v * 10 + digit;
        }
        p.advance();
        return v;
    }

    private void consumeX(int dimAt) {
        if (!p.at(TokenKind.BARE_IDENTIFIER) || lex.buffer()[lex.start()] != 'x') {
            throw p.errorAtToken("expected 'x' in dimension list");
        }
        if (lex.end() - lex.start() > 1) lex.resetTo(lex.start() + 1);
        p.advance();
    }

    private Type parseVectorType() {
        int at = lex.start();
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' in vector type");
        Dims dims = parseDimensionList(false, true);
        for (long d : dims.shape()) {
            if (d <= 0) throw p.error(at, "vector types must have positive constant sizes but got "
                    + shapeText(dims.shape()));
        }
        int elemAt = lex.start();
        Type elem = parseType();
        if (!(elem instanceof IntegerType || elem instanceof FloatType || elem instanceof IndexType)
                && !(elem instanceof OpaqueType || elem instanceof jmlir.ir.DefinedType)) {
            throw p.error(elemAt, "vector elements must be int/index/float type but got '"
                    + TypePrinting.toString(elem) + "'");
        }
        p.expect(TokenKind.GREATER, "expected '>' in vector type");
        return p.context.intern(new VectorType(dims.shape(), dims.scalable(), elem));
    }

    private static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        return sb.toString();
    }

    private Type parseTensorType() {
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' in tensor type");
        if (p.at(TokenKind.STAR)) {
            p.advance();
            consumeX(lex.start());
            int elemAt = lex.start();
            Type elem = parseType();
            checkTensorElement(elem, elemAt);
            p.expect(TokenKind.GREATER, "expected '>' in tensor type");
            return p.context.intern(new UnrankedTensorType(elem));
        }
        Dims dims = parseDimensionList(true, false);
        int elemAt = lex.start();
        Type elem = parseType();
        checkTensorElement(elem, elemAt);
        Attribute encoding = null;
        if (p.consumeIf(TokenKind.COMMA)) encoding = p.attributes.parseAttribute(null);
        p.expect(TokenKind.GREATER, "expected '>' in tensor type");
        return p.context.intern(new RankedTensorType(dims.shape(), elem, encoding));
    }

    private void checkTensorElement(Type elem, int at) {
        if (elem instanceof FunctionType || elem instanceof NoneType && false) {
            throw p.error(at, "invalid tensor element type");
        }
    }

    private Type parseMemRefType() {
        int typeAt = lex.start();
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' in memref type");
        boolean unranked = p.at(TokenKind.STAR);
        Dims dims = null;
        if (unranked) {
            p.advance();
            consumeX(lex.start());
        } else {
            dims = parseDimensionList(true, false);
        }
        int elemAt = lex.start();
        Type elem = parseType();
        if (elem instanceof FunctionType) throw p.error(elemAt, "invalid memref element type");
        // The optional list is layouts and memory spaces, as mlir-opt reads it: a later layout
        // replaces an earlier one, and the memory space must come last and only once.
        Attribute layout = null;
        Attribute space = null;
        if (!p.consumeIf(TokenKind.GREATER)) {
            if (!p.consumeIf(TokenKind.COMMA)) throw p.errorAtToken("expected ',' or '>' in memref type");
            if (p.at(TokenKind.GREATER)) throw p.errorAtToken("expected list element");
            do {
                Attribute a = p.attributes.parseAttribute(null);
                if (a instanceof AffineMapAttr || a instanceof StridedLayoutAttr) {
                    layout = a;
                } else if (space != null) {
                    throw p.errorAtToken("multiple memory spaces specified in memref type");
                } else {
                    space = a;
                    continue;
                }
                if (unranked) throw p.errorAtToken("cannot have affine map for unranked memref type");
                if (space != null) throw p.errorAtToken("expected memory space to be last in memref type");
            } while (p.consumeIf(TokenKind.COMMA));
            if (!p.consumeIf(TokenKind.GREATER)) throw p.errorAtToken("expected ',' or '>'");
        }
        if (!unranked && layout instanceof AffineMapAttr m && m.map().numDims() != dims.shape().length) {
            throw p.error(typeAt, "memref layout mismatch between rank and affine map: " + dims.shape().length
                    + " != " + m.map().numDims());
        }
        if (space != null && !isSupportedMemorySpace(space)) throw p.error(typeAt, "unsupported memory space Attribute");
        // An integer memory space 0 is the default space, as MLIR normalises it.
        if (space instanceof IntegerAttr ia && ia.value() == 0 && ia.wide() == null) space = null;
        if (unranked) return p.context.intern(new UnrankedMemRefType(elem, space));
        return p.context.intern(new MemRefType(dims.shape(), elem, layout, space));
    }

    /** Integers, strings, dictionaries and attributes of known dialects can be memory spaces. */
    private boolean isSupportedMemorySpace(Attribute a) {
        return a instanceof IntegerAttr || a instanceof StringAttr || a instanceof DictionaryAttr
                || (a instanceof OpaqueAttr o && p.context.isRegisteredDialect(o.dialect()));
    }

    // ---------------------------------------------------------------- aliases and dialect types

    private Type parseExtendedType() {
        int at = lex.start();
        String ident = lex.text().substring(1);
        int bodyStart = lex.end();
        p.advance();
        int dot = ident.indexOf('.');
        if (dot < 0) {
            if (p.at(TokenKind.LESS) && lex.start() == bodyStart) {
                jmlir.ir.Defined known = DefinedSyntax.parseInBrackets(p, ident, true, bodyStart);
                if (known != null) return (Type) known;
                String body = DialectBody.scan(p, bodyStart);
                return p.context.intern(new OpaqueType(ident, body.substring(1, body.length() - 1)));
            }
            Type alias = p.typeAliases.get(ident);
            if (alias == null) throw p.error(bodyStart, "undefined symbol alias id '" + ident + "'");
            return alias;
        }
        String dialect = ident.substring(0, dot);
        String symbol = ident.substring(dot + 1);
        if (p.context.isRegisteredDialect(dialect)) {
            jmlir.ir.Dialect d = p.context.dialect(dialect);
            jmlir.ir.TypeDef def = d == null ? null : d.typeDef(symbol);
            if (def != null) return (Type) DefinedSyntax.parsePretty(p, def, at + 1 + dot + 1, bodyStart);
            if (d != null && d.definesTypes()) {
                return p.context.intern(d.parseType(new OpAsmParser(p, at, null), symbol, at + 1 + dot + 1));
            }
            if (d != null && d.hasTypeDefs() && !d.keepsUnknownTypesAndAttributes()) {
                throw DefinedSyntax.unknown(p, at + 1 + dot + 1, true, symbol, dialect);
            }
        }
        if (p.at(TokenKind.LESS) && lex.start() == bodyStart) symbol += DialectBody.scan(p, bodyStart);
        if (!p.context.allowsUnregisteredDialects() && !p.context.isRegisteredDialect(dialect)) {
            throw p.error(at, "dialect '" + dialect + "' provides no type parsing hook");
        }
        return p.context.intern(new OpaqueType(dialect, symbol));
    }
}
