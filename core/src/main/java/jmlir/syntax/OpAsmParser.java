package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OperationName;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What custom op syntax reads with: tokens, operands, types, attributes, regions and successors,
 * over the shared parser. Errors are thrown as {@link ParseException}s with mlir-opt's messages.
 */
public final class OpAsmParser {
    private final Parser p;
    private final int nameOffset;
    private final String opName;
    /** The names the op's results are bound to ({@code %x:2 = ...}), one entry per group; empty when unnamed. */
    private final List<Parser.ResultGroup> resultGroups;

    /**
     * A parser for the custom syntax of op {@code opName}, or (with a null name) for the body of
     * a dialect attribute outside any op.
     */
    OpAsmParser(Parser p, int nameOffset, String opName) {
        this(p, nameOffset, opName, List.of());
    }

    OpAsmParser(Parser p, int nameOffset, String opName, List<Parser.ResultGroup> resultGroups) {
        this.p = p;
        this.nameOffset = nameOffset;
        this.opName = opName;
        this.resultGroups = resultGroups;
    }

    /** How many results the op is bound to by the names before it (0 when unnamed). */
    public int numResults() {
        int n = 0;
        for (int i = 0; i < resultGroups.size(); i++) n += resultGroups.get(i).count();
        return n;
    }

    /**
     * The name (without {@code %}) of the group result {@code index} is bound to, as MLIR's
     * getResultName gives it: {@code y} for both results of {@code %y:2}, {@code 0} for {@code %0}.
     */
    public String resultName(int index) {
        int start = 0;
        for (int i = 0; i < resultGroups.size(); i++) {
            Parser.ResultGroup g = resultGroups.get(i);
            if (index < start + g.count()) return g.name().substring(1);
            start += g.count();
        }
        throw new IndexOutOfBoundsException(index);
    }

    /**
     * Takes what {@code owner} last left with {@link #keepSpare} in the parser reading this op,
     * or null. Syntax shared by many ops (a declarative format) keeps its working space there,
     * so that not every op it reads allocates its own; an op nested in one that has taken it
     * finds none and makes its own.
     */
    public Object takeSpare(Object owner) {
        return p.spares.remove(owner);
    }

    /** Leaves {@code spare} for the next op {@code owner} reads with this input's parser. */
    public void keepSpare(Object owner, Object spare) {
        p.spares.put(owner, spare);
    }

    /**
     * The resource of {@code dialect} that {@code name} stands for in this input (the blob the
     * file metadata gives it, once read), declared on first use.
     */
    public jmlir.ir.ResourceHandle resourceHandle(String dialect, String name) {
        return DenseSyntax.resolveHandle(p, dialect, name);
    }

    /** The full name of the op being read ({@code func.return} even when written {@code return}); null outside ops. */
    public String opName() {
        return opName;
    }

    public Context context() {
        return p.context;
    }

    /** Where the op's name starts: the default location of errors about the op as a whole. */
    public int nameOffset() {
        return nameOffset;
    }

    public int currentOffset() {
        return p.lex.start();
    }

    public Location locationAt(int offset) {
        return p.locationAt(offset);
    }

    /** An error at {@code offset}. */
    public ParseException error(int offset, String message) {
        return p.error(offset, message);
    }

    /**
     * An error the op's own syntax reports (rather than a token it did not find): like MLIR's
     * custom-op errors it starts with {@code custom op 'name' }.
     */
    public ParseException emitError(int offset, String message) {
        return p.error(offset, opName == null ? message : "custom op '" + opName + "' " + message);
    }

    /** Several errors reported for one failure, in order; the last is the one thrown. */
    public ParseException errors(ParseException first, ParseException then) {
        return first.followedBy(then);
    }

    /** An error about the current token, placed after the previous token as mlir-opt does. */
    public ParseException errorAtToken(String message) {
        return p.errorAtToken(message);
    }

    // ---------------------------------------------------------------- punctuation and keywords

    public boolean at(TokenKind kind) {
        return p.at(kind);
    }

    /** Consumes {@code kind}, or fails with "expected 'x'". */
    public void expect(TokenKind kind) {
        if (!p.at(kind)) throw p.errorAtToken("expected '" + kind.spelling() + "'");
        p.advance();
    }

    public void expect(TokenKind kind, String message) {
        p.expect(kind, message);
    }

    public boolean consumeIf(TokenKind kind) {
        return p.consumeIf(kind);
    }

    public boolean atKeyword(String keyword) {
        return p.atKeyword(keyword);
    }

    public boolean consumeKeywordIf(String keyword) {
        return p.consumeKeywordIf(keyword);
    }

    /** Consumes the keyword, or fails (as MLIR's parseKeyword) with a custom-op error at the current token. */
    public void expectKeyword(String keyword) {
        if (!p.atKeyword(keyword)) throw emitError(p.lex.start(), "expected '" + keyword + "'");
        p.advance();
    }

    /** The current token's kind. */
    public TokenKind tokenKind() {
        return p.kind();
    }

    /** Reads a bare identifier or a string literal if one is next, returning its text; else null. */
    public String parseOptionalKeywordOrString() {
        if (p.at(TokenKind.BARE_IDENTIFIER)) {
            String k = p.lex.text();
            p.advance();
            return k;
        }
        return parseOptionalString();
    }

    /** Reads a bare identifier if it is one of {@code allowed}; else null, consuming nothing. */
    public String parseOptionalKeyword(java.util.Collection<String> allowed) {
        if (!p.at(TokenKind.BARE_IDENTIFIER)) return null;
        String k = p.lex.text();
        if (!allowed.contains(k)) return null;
        p.advance();
        return k;
    }

    /**
     * Reads a bare identifier if it is one of {@code keywords} and returns its index there; else
     * returns -1, consuming nothing. Compares bytes in place (no string is made).
     */
    public int parseOptionalKeywordIndex(String[] keywords) {
        if (!p.at(TokenKind.BARE_IDENTIFIER)) return -1;
        for (int i = 0; i < keywords.length; i++) {
            if (keywords[i] != null && p.lex.is(keywords[i])) {
                p.advance();
                return i;
            }
        }
        return -1;
    }

    /** Reads a string literal if one is next (its bytes, unescaped); else null. */
    public String parseOptionalString() {
        if (!p.at(TokenKind.STRING)) return null;
        String v = p.lex.stringValue();
        p.advance();
        return v;
    }

    /**
     * Reads an integer, optionally negative, if one is next; else null. A minus sign without an
     * integer after it fails with "expected integer value".
     */
    public BigInteger parseOptionalInteger() {
        boolean negative = false;
        if (p.at(TokenKind.MINUS)) {
            p.advance();
            negative = true;
            if (!p.at(TokenKind.INTEGER)) throw p.errorAtToken("expected integer value");
        } else if (!p.at(TokenKind.INTEGER)) {
            return null;
        }
        String text = p.lex.text();
        BigInteger v = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
        p.advance();
        return negative ? v.negate() : v;
    }

    /** Reads a bare identifier (a keyword such as an enum case) and returns it, or fails. */
    public String parseKeyword(String message) {
        if (!p.at(TokenKind.BARE_IDENTIFIER)) throw p.errorAtToken(message);
        String k = p.lex.text();
        p.advance();
        return k;
    }

    // ---------------------------------------------------------------- operands

    public boolean atOperand() {
        return p.at(TokenKind.PERCENT_IDENTIFIER);
    }

    public UnresolvedOperand parseOperand() {
        return p.parseOperandRef();
    }

    /** Zero or more comma-separated operands (none when the next token is not an operand). */
    public List<UnresolvedOperand> parseOperandList() {
        List<UnresolvedOperand> list = new ArrayList<>();
        if (!atOperand()) return list;
        do {
            list.add(parseOperand());
        } while (p.consumeIf(TokenKind.COMMA));
        return list;
    }

    public Value resolveOperand(UnresolvedOperand operand, Type type) {
        return p.resolveOperand(operand, type);
    }

    /** Resolves operands against their types, one to one, into {@code out}; the counts must match. */
    public void resolveOperands(List<UnresolvedOperand> operands, List<Type> types, int errorOffset,
                                List<Value> out) {
        if (operands.size() != types.size()) {
            throw emitError(errorOffset, "number of operands and types do not match: got " + operands.size()
                    + " operands and " + types.size() + " types");
        }
        for (int i = 0; i < operands.size(); i++) out.add(p.resolveOperand(operands.get(i), types.get(i)));
    }

    // ---------------------------------------------------------------- types and attributes

    public Type parseType() {
        return p.types.parseType();
    }

    /**
     * The {@code <...>} that directly follows, verbatim (brackets balanced, strings skipped), as
     * the parameters of a dialect type or attribute kept as text; null when none follows.
     */
    public String parseOptionalAngleBody() {
        if (!p.at(TokenKind.LESS)) return null;
        return DialectBody.scan(p, p.lex.start());
    }

    /** A type if one starts here, else null. */
    public Type parseOptionalType() {
        return p.types.parseOptionalType();
    }

    /** {@code : type} */
    public Type parseColonType() {
        p.expect(TokenKind.COLON, "expected ':'");
        return parseType();
    }

    /** {@code type, type, ...} (at least one). */
    public List<Type> parseTypeList() {
        return p.types.parseTypeList();
    }

    public FunctionType parseFunctionType() {
        return p.types.parseFunctionType();
    }

    /** The results after {@code ->}: one type, or a parenthesised list. */
    public List<Type> parseFunctionResultTypes() {
        return p.types.parseFunctionResultTypes();
    }

    /** An attribute; {@code type}, when given, is the type of a literal that omits it. */
    public Attribute parseAttribute(Type type) {
        return p.attributes.parseAttribute(type);
    }

    /**
     * An attribute if one starts here (literals, {@code #...}, {@code @...}, containers, builtin
     * attribute keywords, or a type, read as a type attribute); else null.
     */
    public Attribute parseOptionalAttribute(Type type) {
        switch (p.kind()) {
            case AT_IDENTIFIER, FLOAT, INTEGER, HASH_IDENTIFIER, LBRACE, LSQUARE, MINUS, STRING:
                return p.attributes.parseAttribute(type);
            case BARE_IDENTIFIER:
                if (ATTRIBUTE_KEYWORDS.contains(p.lex.text())) return p.attributes.parseAttribute(type);
                break;
            default:
                break;
        }
        Type t = p.types.parseOptionalType();
        return t == null ? null : p.context.intern(new jmlir.ir.TypeAttr(t));
    }

    private static final java.util.Set<String> ATTRIBUTE_KEYWORDS = java.util.Set.of("affine_map", "affine_set",
            "dense", "dense_resource", "false", "loc", "sparse", "true", "unit", "array", "strided", "distinct");

    /** {@code {name = value, ...}} if present, as a dictionary (empty when absent). */
    public DictionaryAttr parseOptionalAttrDict() {
        if (!p.at(TokenKind.LBRACE)) return DictionaryAttr.EMPTY;
        return p.attributes.parseDictionary();
    }

    /**
     * The op's {@code attr-dict}: {@code {name = value, ...}} if present, added to the state's
     * attributes. Values given for the op's properties must satisfy their constraints, as in
     * MLIR's generated parsers.
     */
    public void parseOptionalAttrDict(OperationState state) {
        if (!p.at(TokenKind.LBRACE)) return;
        int at = currentOffset();
        List<NamedAttribute> attrs = p.attributes.parseNamedAttributeList();
        String message = state.name.definition().checkInherentAttributes(attrs);
        if (message != null) throw emitError(at, "'" + state.name.name() + "' op " + message);
        state.attributes.addAll(attrs);
    }

    /** {@code {name = value, ...}} if present, appended to {@code into}. */
    public void parseOptionalAttrDict(List<NamedAttribute> into) {
        if (p.at(TokenKind.LBRACE)) into.addAll(p.attributes.parseNamedAttributeList());
    }

    /** {@code attributes {name = value, ...}} if the keyword is present. */
    public void parseOptionalAttrDictWithKeyword(List<NamedAttribute> into) {
        if (p.consumeKeywordIf("attributes")) into.addAll(p.attributes.parseNamedAttributeList());
    }

    public boolean atSymbolName() {
        return p.at(TokenKind.AT_IDENTIFIER);
    }

    /** {@code @name}: returns the name. */
    public String parseSymbolName() {
        if (!p.at(TokenKind.AT_IDENTIFIER)) {
            if (p.at(TokenKind.ERROR)) throw p.errorAtToken("");
            throw emitError(currentOffset(), "expected valid '@'-identifier for symbol name");
        }
        String name = p.attributes.symbolName();
        p.advance();
        return name;
    }

    /**
     * Affine expressions over SSA values between {@code open} and {@code close}, such as
     * {@code [%i + 1, symbol(%n)]} (MLIR's parseAffineMapOfSSAIds): returns the map, whose
     * dimensions and symbols stand for the operands added to {@code operands}, dimensions first.
     */
    public jmlir.ir.AffineMap parseAffineMapOfSsaIds(List<UnresolvedOperand> operands, TokenKind open,
                                                     TokenKind close) {
        return AffineParser.parseMapOfSsaIds(p, open, close, operands);
    }

    /**
     * One affine expression over SSA values, such as {@code %i * 2 + symbol(%n)} (MLIR's
     * parseAffineExprOfSSAIds): its dimensions stand for the operands added to {@code dims}, its
     * symbols for those added to {@code symbols}.
     */
    public jmlir.ir.AffineExpr parseAffineExprOfSsaIds(List<UnresolvedOperand> dims, List<UnresolvedOperand> symbols) {
        return AffineParser.parseExprOfSsaIds(p, dims, symbols);
    }

    // ---------------------------------------------------------------- regions and successors

    /**
     * An entry block argument a region starts with (a function's parameters): its name (null
     * when the signature gives types only), type, attributes, and explicit location (or null).
     */
    public record Argument(UnresolvedOperand name, Type type, DictionaryAttr attributes, Location location) {
        public Argument(UnresolvedOperand name, Type type, Location location) {
            this(name, type, DictionaryAttr.EMPTY, location);
        }
    }

    /**
     * {@code %name}, then {@code : type} when {@code withType}, then an attribute dictionary when
     * {@code withAttributes}, then an optional {@code loc(...)}.
     */
    public Argument parseArgument(boolean withType, boolean withAttributes) {
        if (!p.at(TokenKind.PERCENT_IDENTIFIER)) throw p.errorAtToken("expected SSA operand");
        UnresolvedOperand operand = new UnresolvedOperand(p.lex.text(), 0, p.lex.start());
        p.advance();
        if (p.at(TokenKind.HASH_IDENTIFIER)) throw p.error(p.lex.start(), "result number not allowed in argument list");
        Type type = null;
        if (withType) type = parseColonType();
        DictionaryAttr attrs = withAttributes ? parseOptionalAttrDict() : DictionaryAttr.EMPTY;
        return new Argument(operand, type, attrs, parseOptionalLocation());
    }

    /** Reads {@code { ... }} if the next token opens a region (see {@link #parseRegion}); else null. */
    public List<Block> parseOptionalRegion(List<Argument> entryArguments, boolean isolated) {
        if (!p.at(TokenKind.LBRACE)) return null;
        return parseRegion(entryArguments, isolated);
    }

    /**
     * Reads {@code { ... }} into blocks. {@code entryArguments} become the entry block's
     * arguments (defined in the region's scope); {@code isolated} hides the enclosing values.
     */
    public List<Block> parseRegion(List<Argument> entryArguments, boolean isolated) {
        if (!p.at(TokenKind.LBRACE)) throw p.errorAtToken("expected '{' to begin a region");
        return p.parseRegion(isolated, entryArguments);
    }

    public Block parseSuccessor() {
        return p.parseSuccessor();
    }

    /** A successor if a block name is next; else null. */
    public Block parseOptionalSuccessor() {
        return p.at(TokenKind.CARET_IDENTIFIER) ? p.parseSuccessor() : null;
    }

    /** {@code loc(...)} if present, else null. */
    public Location parseOptionalLocation() {
        return p.locations.parseOptionalTrailingLocation();
    }
}
