package jmlir.syntax;

import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.DistinctAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.NoneType;
import jmlir.ir.OpaqueAttr;
import jmlir.ir.ShapedType;
import jmlir.ir.StridedLayoutAttr;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.Type;
import jmlir.ir.TypeAttr;
import jmlir.ir.UnitAttr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads builtin attributes, attribute aliases and dialect attributes kept verbatim. */
final class AttributeParser {
    private final Parser p;
    private final Lexer lex;
    private final Map<Long, DistinctAttr> distinctById = new HashMap<>();

    AttributeParser(Parser p) {
        this.p = p;
        this.lex = p.lex;
    }

    /**
     * Parses an attribute. When {@code type} is given (as in custom op syntax), literals take it
     * instead of reading a trailing {@code : type}.
     */
    Attribute parseAttribute(Type type) {
        switch (p.kind()) {
            case HASH_IDENTIFIER:
                return parseExtendedAttribute(type);
            case STRING: {
                String value = lex.stringValue();
                p.advance();
                Type t = type;
                if (t == null && p.consumeIf(TokenKind.COLON)) t = p.types.parseType();
                // A string's default type is none: written or not, it is the same attribute.
                if (t instanceof NoneType) t = null;
                return p.context.intern(new StringAttr(value, t));
            }
            case AT_IDENTIFIER:
                return parseSymbolRef();
            case LSQUARE:
                return parseArray();
            case LBRACE:
                return parseDictionary();
            case INTEGER:
            case FLOAT:
                return parseNumber(false, type);
            case MINUS: {
                p.advance();
                if (!p.at(TokenKind.INTEGER) && !p.at(TokenKind.FLOAT)) {
                    throw p.errorAtToken("expected constant integer or floating point value");
                }
                return parseNumber(true, type);
            }
            case BARE_IDENTIFIER:
                return parseKeywordAttribute(type);
            case LPAREN:
            case EXCLAMATION_IDENTIFIER:
                return p.context.intern(new TypeAttr(p.types.parseType()));
            default:
                throw p.errorAtToken("expected attribute value");
        }
    }

    private Attribute parseKeywordAttribute(Type type) {
        if (lex.is("true") || lex.is("false")) {
            boolean v = lex.is("true");
            p.advance();
            return IntegerAttr.bool(v);
        }
        if (lex.is("unit")) {
            p.advance();
            return UnitAttr.INSTANCE;
        }
        if (lex.is("loc")) return p.locations.parseLocationKeyword();
        if (lex.is("affine_map")) return AffineSyntax.parseAffineMapAttr(p);
        if (lex.is("affine_set")) return AffineSyntax.parseIntegerSetAttr(p);
        if (lex.is("dense")) return DenseSyntax.parseDense(p, type);
        if (lex.is("dense_resource")) return DenseSyntax.parseDenseResource(p, type);
        if (lex.is("sparse")) return DenseSyntax.parseSparse(p, type);
        if (lex.is("array")) return parseDenseArray();
        if (lex.is("strided")) return parseStrided();
        if (lex.is("distinct")) return parseDistinct();
        if (p.types.startsType()) return p.context.intern(new TypeAttr(p.types.parseType()));
        throw p.errorAtToken("expected attribute value");
    }

    // ---------------------------------------------------------------- numbers

    private Attribute parseNumber(boolean negative, Type type) {
        int at = lex.start();
        int end = lex.end();
        boolean isFloat = p.at(TokenKind.FLOAT);
        p.advance();
        Type t = type;
        if (t == null && p.consumeIf(TokenKind.COLON)) {
            int typeAt = lex.start();
            t = p.types.parseType();
            if (!(t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType)) {
                throw p.error(typeAt, "integer literal not valid for specified type");
            }
        }
        if (isFloat) {
            if (t == null) t = FloatType.F64;
            if (!(t instanceof FloatType ft)) throw p.error(lex.start(), "floating point value not valid for specified type");
            return p.context.intern(new FloatAttr(t, parseFloatLiteral(ft, literal(at, end), negative, at)));
        }
        if (t == null) t = IntegerType.I64;
        if (!(t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType)) {
            throw p.error(at, "integer literal not valid for specified type");
        }
        if (t instanceof FloatType ft) {
            return p.context.intern(new FloatAttr(t, parseFloatLiteral(ft, literal(at, end), negative, at)));
        }
        boolean bool = t instanceof IntegerType it && it.width() == 1 && it.isSignless();
        // Most literals are short decimals well within their type: read in place, without a
        // string or BigInteger. Any other goes the long way, which also reports the errors.
        long small = smallDecimal(at, end);
        boolean unsigned = t instanceof IntegerType it && it.isUnsigned();
        if (small > 0 && 64 - Long.numberOfLeadingZeros(small) < IntegerAttr.widthOf(t) && !(negative && unsigned)
                || small == 0 && !negative) {
            if (bool) return IntegerAttr.bool(small != 0);
            return p.context.intern(IntegerAttr.of(t, negative ? -small : small));
        }
        BigInteger value = parseIntegerLiteral(literal(at, end), negative, t, at);
        if (bool) return IntegerAttr.bool(value.signum() != 0);
        return p.context.intern(IntegerAttr.of(t, value));
    }

    /** The text of the literal token at [start, end), read after the lexer moved on. */
    private String literal(int start, int end) {
        return new String(lex.buffer(), start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The value of a decimal literal of at most 18 digits (so that it fits a long); else -1. */
    private long smallDecimal(int start, int end) {
        if (end - start > 18) return -1;
        byte[] b = lex.buffer();
        long v = 0;
        for (int i = start; i < end; i++) {
            if (!Lexer.isDigit(b[i])) return -1;
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** Converts a float or integer literal to a value of {@code type}, as MLIR's parser does. */
    FloatValue parseFloatLiteral(FloatType type, String text, boolean negative, int at) {
        try {
            return FloatValue.parseLiteral(type.kind(), negative ? "-" + text : text);
        } catch (NumberFormatException e) {
            ParseException error = p.error(at, e.getMessage());
            if (e.getMessage().startsWith("unexpected decimal integer literal")) {
                error.diagnostic().attachNote(null, "add a trailing dot to make the literal a float");
            }
            throw error;
        }
    }

    /** Checks an integer literal against the type's width, following MLIR's rules. */
    BigInteger parseIntegerLiteral(String text, boolean negative, Type type, int at) {
        boolean unsigned = type instanceof IntegerType it && it.isUnsigned();
        if (negative && unsigned) throw p.error(at, "negative integer literal not valid for unsigned integer type");
        BigInteger value = integerValue(text, negative, type);
        if (value == null) throw p.error(at, "integer constant out of range for attribute");
        return value;
    }

    /** An integer literal's value as a {@code type}, by MLIR's rules; null when it does not fit. */
    private static BigInteger integerValue(String text, boolean negative, Type type) {
        BigInteger magnitude = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
        int width = IntegerAttr.widthOf(type);
        boolean signedOrIndex = type instanceof IndexType || (type instanceof IntegerType it && it.signedness()
                == IntegerType.Signedness.SIGNED);
        boolean ok;
        if (magnitude.bitLength() > width) ok = false;
        else if (width == 0) ok = !negative;
        // Negated, the value must have its sign bit set, which -0 has not.
        else if (negative) ok = magnitude.signum() != 0 && magnitude.compareTo(BigInteger.ONE.shiftLeft(width - 1)) <= 0;
        else ok = !signedOrIndex || magnitude.bitLength() < width;
        if (!ok) return null;
        return negative ? magnitude.negate() : magnitude;
    }

    // ---------------------------------------------------------------- containers

    private Attribute parseArray() {
        p.advance();
        List<Attribute> elements = new ArrayList<>();
        if (!p.at(TokenKind.RSQUARE)) {
            do {
                elements.add(parseAttribute(null));
            } while (p.consumeIf(TokenKind.COMMA));
        }
        p.expect(TokenKind.RSQUARE, "expected ',' or ']'");
        return p.context.intern(new ArrayAttr(elements));
    }

    DictionaryAttr parseDictionary() {
        int start = lex.start();
        // Only short dictionaries are worth remembering: long ones (dense data) rarely repeat.
        int end = DialectBody.matchingEnd(lex.buffer(), start, lex.limit(), SpanCache.MAX_SPAN);
        if (end < 0) return p.context.intern(DictionaryAttr.sorted(parseNamedAttributeList()));
        int hash = SpanCache.hash(lex.buffer(), start, end);
        DictionaryAttr cached = p.dictionaryCache.get(start, end, hash);
        if (cached != null) {
            lex.resetTo(end);
            p.advance();
            return cached;
        }
        DictionaryAttr d = p.context.intern(DictionaryAttr.sorted(parseNamedAttributeList()));
        p.dictionaryCache.put(start, end, hash, d);
        return d;
    }

    /** {@code {name = value, flag}}: entries in source order, duplicate names rejected. */
    List<NamedAttribute> parseNamedAttributeList() {
        p.expect(TokenKind.LBRACE, "expected '{' in attribute dictionary");
        List<NamedAttribute> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!p.at(TokenKind.RBRACE)) {
            do {
                int at = lex.start();
                String name;
                if (p.at(TokenKind.STRING)) {
                    name = lex.stringValue();
                    if (name.isEmpty()) throw p.errorAtToken("expected valid attribute name");
                } else if (p.at(TokenKind.BARE_IDENTIFIER)) {
                    name = p.tokenText();
                } else {
                    throw p.errorAtToken("expected attribute name");
                }
                p.advance();
                if (!seen.add(name)) throw p.error(at, "duplicate key '" + name + "' in dictionary attribute");
                Attribute value = UnitAttr.INSTANCE;
                if (p.consumeIf(TokenKind.EQUAL)) value = parseAttribute(null);
                entries.add(new NamedAttribute(name, value));
            } while (p.consumeIf(TokenKind.COMMA));
        }
        p.expect(TokenKind.RBRACE, "expected '}' in attribute dictionary");
        return entries;
    }

    private Attribute parseSymbolRef() {
        String root = symbolName();
        p.advance();
        List<String> nested = new ArrayList<>();
        while (p.at(TokenKind.COLON) && lex.end() < lex.limit() && lex.buffer()[lex.end()] == ':') {
            lex.resetTo(lex.end() + 1);
            p.advance();
            if (!p.at(TokenKind.AT_IDENTIFIER)) throw p.errorAtToken("expected nested symbol reference identifier");
            nested.add(symbolName());
            p.advance();
        }
        return p.context.intern(new SymbolRefAttr(root, nested));
    }

    /** The name of the current @-identifier, unquoted. */
    String symbolName() {
        byte[] b = lex.buffer();
        if (b[lex.start() + 1] == '"') return Lexer.decodeString(b, lex.start() + 1, lex.end());
        return new String(b, lex.start() + 1, lex.end() - lex.start() - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- builtin keyword attributes

    private Attribute parseDenseArray() {
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' after 'array'");
        int typeAt = lex.start();
        Type elem = p.types.parseType();
        int width = elem instanceof IntegerType it ? it.width() : elem instanceof FloatType ft ? ft.kind().width() : -1;
        if (width > 1 && width % 8 != 0) throw p.error(typeAt, "element type bitwidth must be a multiple of 8");
        boolean isInt = elem instanceof IntegerType it && it.isSignless()
                && (it.width() == 1 || it.width() == 8 || it.width() == 16 || it.width() == 32 || it.width() == 64);
        boolean isFloat = elem == FloatType.F32 || elem == FloatType.F64;
        if (!isInt && !isFloat) throw p.error(typeAt, "expected integer or float type, got: "
                + TypePrinting.toString(elem));
        List<Long> values = new ArrayList<>();
        if (!p.at(TokenKind.GREATER)) {
            p.expect(TokenKind.COLON, "expected ':' after dense array type");
            do {
                values.add(parseDenseArrayElement(elem));
            } while (p.consumeIf(TokenKind.COMMA));
        }
        p.expect(TokenKind.GREATER, "expected '>' to close an array attribute");
        long[] raw = new long[values.size()];
        for (int i = 0; i < raw.length; i++) raw[i] = values.get(i);
        return p.context.intern(new DenseArrayAttr(elem, raw));
    }

    /** One element of {@code array<...>}; its errors are reported where mlir-opt reports them. */
    private long parseDenseArrayElement(Type elem) {
        boolean negative = p.consumeIf(TokenKind.MINUS);
        if (elem instanceof FloatType ft) {
            if (!p.at(TokenKind.INTEGER) && !p.at(TokenKind.FLOAT)) throw p.errorAtCurrentToken("expected floating point literal");
            int at = lex.start();
            String text = lex.text();
            p.advance();
            return parseFloatLiteral(ft, text, negative, at).lo();
        }
        boolean i1 = elem instanceof IntegerType it && it.width() == 1;
        if (p.atKeyword("true") || p.atKeyword("false")) {
            // A sign before them is read and ignored, as mlir-opt does.
            if (!i1) throw p.errorAtCurrentToken("expected i1 type for 'true' or 'false' values");
            boolean v = p.atKeyword("true");
            p.advance();
            return v ? 1 : 0;
        }
        if (!p.at(TokenKind.INTEGER)) throw p.errorAtCurrentToken("expected integer literal");
        String text = lex.text();
        p.advance();
        // Errors about the literal point past it, where mlir-opt's parser stands by then.
        if (i1) throw p.errorAtCurrentToken("expected 'true' or 'false' values for i1 type");
        BigInteger v = integerValue(text, negative, elem);
        if (v == null) throw p.errorAtCurrentToken("integer constant out of range");
        return IntegerAttr.of(elem, v).value();
    }

    private Attribute parseStrided() {
        p.advance();
        p.expect(TokenKind.LESS, "expected '<' after 'strided'");
        p.expect(TokenKind.LSQUARE, "expected '['");
        List<Long> strides = new ArrayList<>();
        if (!p.at(TokenKind.RSQUARE)) {
            do {
                strides.add(parseStrideOrOffset());
            } while (p.consumeIf(TokenKind.COMMA));
        }
        p.expect(TokenKind.RSQUARE, "expected ']'");
        long offset = 0;
        if (p.consumeIf(TokenKind.COMMA)) {
            p.expectKeyword("offset", "expected 'offset' after comma");
            p.expect(TokenKind.COLON, "expected ':' after 'offset'");
            offset = parseStrideOrOffset();
        }
        p.expect(TokenKind.GREATER, "expected '>'");
        long[] s = new long[strides.size()];
        for (int i = 0; i < s.length; i++) s[i] = strides.get(i);
        return p.context.intern(new StridedLayoutAttr(offset, s));
    }

    private long parseStrideOrOffset() {
        if (p.consumeIf(TokenKind.QUESTION)) return ShapedType.DYNAMIC;
        boolean negative = p.consumeIf(TokenKind.MINUS);
        if (!p.at(TokenKind.INTEGER)) throw p.error(lex.start(), "expected a 64-bit signed integer or '?'");
        String text = lex.text();
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw p.errorAtToken("expected a 64-bit signed integer or '?'");
        }
        p.advance();
        return negative ? -v : v;
    }

    private Attribute parseDistinct() {
        p.advance();
        p.expect(TokenKind.LSQUARE, "expected '[' after 'distinct'");
        if (!p.at(TokenKind.INTEGER)) throw p.errorAtToken("expected distinct ID");
        long id;
        try {
            id = Long.parseLong(lex.text());
        } catch (NumberFormatException e) {
            throw p.errorAtToken("expected an unsigned 64-bit integer");
        }
        p.advance();
        p.expect(TokenKind.RSQUARE, "expected ']' to close distinct ID");
        p.expect(TokenKind.LESS, "expected '<' after distinct ID");
        Attribute referenced = UnitAttr.INSTANCE;
        if (!p.at(TokenKind.GREATER)) referenced = parseAttribute(null);
        p.expect(TokenKind.GREATER, "expected '>' to close distinct attribute");
        DistinctAttr existing = distinctById.get(id);
        if (existing != null) {
            if (!existing.referenced().equals(referenced)) {
                throw p.errorAtToken("referenced attribute does not match previous definition: "
                        + AttributePrinting.toString(existing.referenced()));
            }
            return existing;
        }
        DistinctAttr d = new DistinctAttr(referenced);
        distinctById.put(id, d);
        return d;
    }

    // ---------------------------------------------------------------- aliases and dialect attributes

    private Attribute parseExtendedAttribute(Type type) {
        int at = lex.start();
        String ident = lex.text().substring(1);
        int bodyStart = lex.end();
        p.advance();
        int dot = ident.indexOf('.');
        String dialect;
        String symbol;
        if (dot < 0) {
            if (!(p.at(TokenKind.LESS) && lex.start() == bodyStart)) {
                Attribute alias = p.attributeAliases.get(ident);
                if (alias == null) throw p.error(bodyStart, "undefined symbol alias id '" + ident + "'");
                return alias;
            }
            dialect = ident;
            jmlir.ir.Defined defined = DefinedSyntax.parseInBrackets(p, dialect, false, bodyStart);
            if (defined != null) return skipTrailingType((Attribute) defined, type);
            Attribute known = parseDialectAttributeInBrackets(dialect, type);
            if (known != null) return known;
            String body = DialectBody.scan(p, bodyStart);
            symbol = body.substring(1, body.length() - 1);
        } else {
            dialect = ident.substring(0, dot);
            symbol = ident.substring(dot + 1);
            jmlir.ir.Dialect d = p.context.isRegisteredDialect(dialect) ? p.context.dialect(dialect) : null;
            jmlir.ir.AttrDef def = d == null ? null : d.attrDef(symbol);
            if (def != null) {
                return skipTrailingType((Attribute) DefinedSyntax.parsePretty(p, def, at + 1 + dot + 1, bodyStart), type);
            }
            if (d != null && d.hasAttrDefs() && !d.keepsUnknownTypesAndAttributes()) {
                throw DefinedSyntax.unknown(p, at + 1 + dot + 1, false, symbol, dialect);
            }
            if (d != null && d.definesAttributes()) {
                Attribute value = d.parseAttribute(new OpAsmParser(p, at, null), symbol, at + 1 + dot + 1);
                if (type == null && p.consumeIf(TokenKind.COLON)) p.types.parseType();
                return p.context.intern(value);
            }
            if (p.at(TokenKind.LESS) && lex.start() == bodyStart) {
                Attribute known = parseRegisteredDialectAttribute(dialect, symbol, type);
                if (known != null) return known;
                symbol += DialectBody.scan(p, bodyStart);
            }
        }
        if (!p.context.allowsUnregisteredDialects() && !p.context.isRegisteredDialect(dialect)) {
            throw p.error(at, "dialect '" + dialect + "' provides no attribute parsing hook");
        }
        Type t = type;
        if (t == null && p.consumeIf(TokenKind.COLON)) t = p.types.parseType();
        return p.context.intern(new OpaqueAttr(dialect, symbol, t));
    }

    /** Like MLIR, a type written after an attribute that has none is read and dropped. */
    private Attribute skipTrailingType(Attribute value, Type type) {
        if (type == null && p.consumeIf(TokenKind.COLON)) p.types.parseType();
        return value;
    }

    /**
     * {@code #dialect<mnemonic ...>} of a registered dialect that has a syntax for the mnemonic
     * (as enum attributes without angle brackets print); null, with the parser back at the
     * {@code <}, otherwise.
     */
    private Attribute parseDialectAttributeInBrackets(String dialect, Type type) {
        if (!p.context.isRegisteredDialect(dialect)) return null;
        jmlir.ir.Dialect d = p.context.dialect(dialect);
        if (d == null || !d.hasAttributeSyntaxes()) return null;
        int open = lex.start();
        p.advance();
        AttrSyntax syntax = p.at(TokenKind.BARE_IDENTIFIER) ? d.attributeSyntax(lex.text()) : null;
        if (syntax == null) {
            lex.resetTo(open);
            p.advance();
            return null;
        }
        String mnemonic = lex.text();
        p.advance();
        Attribute value = syntax.parse(new OpAsmParser(p, open, null), mnemonic);
        p.expect(TokenKind.GREATER, "expected '>'");
        if (type == null && p.consumeIf(TokenKind.COLON)) p.types.parseType();
        return p.context.intern(value);
    }

    /**
     * {@code #dialect.mnemonic<...>} of a registered dialect that has a syntax for the mnemonic:
     * the body is read by that syntax (its errors carry no op prefix). Null when there is none.
     */
    private Attribute parseRegisteredDialectAttribute(String dialect, String mnemonic, Type type) {
        if (!p.context.isRegisteredDialect(dialect)) return null;
        jmlir.ir.Dialect d = p.context.dialect(dialect);
        AttrSyntax syntax = d == null ? null : d.attributeSyntax(mnemonic);
        if (syntax == null) return null;
        if (syntax instanceof TypedAttrSyntax typed) {
            return p.context.intern(typed.parse(new OpAsmParser(p, lex.start(), null), mnemonic, type));
        }
        Attribute value = syntax.parse(new OpAsmParser(p, lex.start(), null), mnemonic);
        // Like MLIR, a trailing type is read (and unused by attributes without one).
        if (type == null && p.consumeIf(TokenKind.COLON)) p.types.parseType();
        return p.context.intern(value);
    }
}
