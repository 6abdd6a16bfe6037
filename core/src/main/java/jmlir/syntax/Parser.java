package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BuiltinDialect;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationName;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.ResourceHandle;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MLIR's textual syntax (generic operation form, builtin types and attributes, locations,
 * aliases and file metadata) into IR. Stops at the first error with a {@link ParseException}.
 *
 * <p>Types and attributes are read by {@link TypeParser} and {@link AttributeParser}, which share
 * this parser's token stream; this class handles operations, blocks, regions and SSA names.
 */
public final class Parser {
    private static final String FORWARD_REF = "builtin.<forward-ref>";

    final Context context;
    final Lexer lex;
    final SourceFile source;
    final TypeParser types;
    final AttributeParser attributes;
    final LocationParser locations;
    final Map<String, Attribute> attributeAliases = new HashMap<>();
    final Map<String, Type> typeAliases = new HashMap<>();
    final ResourceTable resources;
    /** Types and attribute dictionaries already read, by their text. */
    final SpanCache<Type> typeCache;
    final SpanCache<DictionaryAttr> dictionaryCache;
    /** One String per distinct name (SSA values, blocks, ops, attribute keys) of the input. */
    private final SpanCache<String> names;
    /** Resource names as written in this input, per dialect, mapped to their handles. */
    final Map<String, ResourceHandle> resourceHandles = new HashMap<>();

    private final OperationName forwardRefName;
    /** Whether {@link #parseTopLevel} made the module that holds the top-level ops. */
    private boolean implicitModule;
    /** One per isolated-from-above scope: SSA names visible in it. */
    private final ArrayList<ValueScope> valueScopes = new ArrayList<>();
    /** One per region being parsed: the region's block names. */
    private final ArrayList<BlockScope> blockScopes = new ArrayList<>();
    /** The default dialect of each enclosing custom op ("" when it sets none); "builtin" when none encloses. */
    private final ArrayList<String> defaultDialects = new ArrayList<>();
    /** States of custom ops already made: the next ops read take over their lists instead of new ones. */
    private final ArrayList<OperationState> spareStates = new ArrayList<>();
    /** Working space custom syntax keeps for its next op (see {@link OpAsmParser#takeSpare}), by owner. */
    final IdentityHashMap<Object, Object> spares = new IdentityHashMap<>();

    public Parser(Context context, SourceFile source, ResourceTable resources) {
        this.context = context;
        this.source = source;
        this.lex = new Lexer(source.array(), source.start(), source.end());
        this.resources = resources != null ? resources : new ResourceTable();
        this.typeCache = new SpanCache<>(source.array());
        this.dictionaryCache = new SpanCache<>(source.array());
        this.names = new SpanCache<>(source.array());
        this.types = new TypeParser(this);
        this.attributes = new AttributeParser(this);
        this.locations = new LocationParser(this);
        this.forwardRefName = context.operationName(FORWARD_REF);
        lex.next();
    }

    // ---------------------------------------------------------------- tokens and errors

    TokenKind kind() {
        return lex.kind();
    }

    boolean at(TokenKind k) {
        return lex.kind() == k;
    }

    /** Whether the current token is the bare identifier {@code keyword}. */
    boolean atKeyword(String keyword) {
        return lex.kind() == TokenKind.BARE_IDENTIFIER && lex.is(keyword);
    }

    void advance() {
        if (lex.next() == TokenKind.ERROR) throw error(lex.start(), lex.errorMessage());
    }

    boolean consumeIf(TokenKind k) {
        if (lex.kind() != k) return false;
        advance();
        return true;
    }

    boolean consumeKeywordIf(String keyword) {
        if (!atKeyword(keyword)) return false;
        advance();
        return true;
    }

    void expect(TokenKind k, String message) {
        if (lex.kind() != k) throw errorAtToken(message);
        advance();
    }

    void expectKeyword(String keyword, String message) {
        if (!atKeyword(keyword)) throw errorAtToken(message);
        advance();
    }

    /** The current token's text, shared with earlier tokens of the same text. */
    String tokenText() {
        int s = lex.start(), e = lex.end();
        int hash = SpanCache.hash(lex.buffer(), s, e);
        String name = names.get(s, e, hash);
        if (name == null) {
            name = lex.text();
            names.put(s, e, hash, name);
        }
        return name;
    }

    /** The value of the current string token, shared with earlier tokens of the same text. */
    String stringTokenValue() {
        int s = lex.start(), e = lex.end();
        int hash = SpanCache.hash(lex.buffer(), s, e);
        String value = names.get(s, e, hash);
        if (value == null) {
            value = lex.stringValue();
            names.put(s, e, hash, value);
        }
        return value;
    }

    /**
     * An error about the current token being the wrong one. Like MLIR, it is reported just after
     * the previous token when only blanks (or blank lines and comments) separate them.
     */
    ParseException errorAtToken(String message) {
        if (lex.kind() == TokenKind.ERROR) return error(lex.start(), lex.errorMessage());
        int original = lex.kind() == TokenKind.EOF ? Math.max(source.start(), lex.start() - 1) : lex.start();
        return error(afterPreviousToken(original), message);
    }

    private int afterPreviousToken(int original) {
        byte[] b = lex.buffer();
        int begin = source.start();
        int p = original;
        while (true) {
            while (p > begin && (b[p - 1] == ' ' || b[p - 1] == '\t')) p--;
            if (p == begin) return original;
            if (b[p - 1] != '\n' && b[p - 1] != '\r') return p;
            p--;
            // If the line before holds a comment, continue from where the comment starts.
            int lineStart = p;
            while (lineStart > begin && b[lineStart - 1] != '\n' && b[lineStart - 1] != '\r') lineStart--;
            for (int i = lineStart; i + 1 < p; i++) {
                if (b[i] == '/' && b[i + 1] == '/') {
                    p = i;
                    break;
                }
            }
        }
    }

    /** An error at the start of the current token (for a token that is there but wrong in itself). */
    ParseException errorAtCurrentToken(String message) {
        if (lex.kind() == TokenKind.ERROR) return error(lex.start(), lex.errorMessage());
        return error(lex.start(), message);
    }

    ParseException error(int offset, String message) {
        return new ParseException(new Diagnostic(Diagnostic.Severity.ERROR, source.location(offset), message));
    }

    Location locationAt(int offset) {
        return source.location(offset);
    }

    // ---------------------------------------------------------------- top level

    /**
     * Parses the whole buffer. Returns the single top-level {@code builtin.module} if the input is
     * one, otherwise a new module (located at line 0, column 0 of the file) holding the top-level
     * operations.
     */
    public Operation parseTopLevel() {
        Block top = new Block();
        pushValueScope();
        pushBlockScope();
        while (!at(TokenKind.EOF)) {
            switch (kind()) {
                case HASH_IDENTIFIER -> parseAttributeAliasDefinition();
                case EXCLAMATION_IDENTIFIER -> parseTypeAliasDefinition();
                case FILE_METADATA_BEGIN -> new FileMetadataParser(this).parse();
                default -> top.append(parseOperation());
            }
        }
        popBlockScope();
        popValueScope();
        Operation module;
        Operation only = top.first();
        if (only != null && only == top.last() && only.name().name().equals(BuiltinDialect.MODULE)) {
            only.remove();
            module = only;
        } else {
            implicitModule = true;
            module = Operation.create(context.operationName(BuiltinDialect.MODULE),
                    new Location.FileLineCol(source.name(), 0, 0), List.of(), List.of(), List.of(), 1, null, null);
            Block body = new Block();
            module.region(0).addBlock(body);
            for (Operation op = top.first(); op != null; ) {
                Operation next = op.nextInBlock();
                op.remove();
                body.append(op);
                op = next;
            }
        }
        locations.resolveDeferred(module);
        return module;
    }

    /** Whether the module {@link #parseTopLevel} returned was made to hold the ops, not read. */
    public boolean madeImplicitModule() {
        return implicitModule;
    }

    private void parseAttributeAliasDefinition() {
        int at = lex.start();
        String name = lex.text().substring(1);
        if (name.indexOf('.') >= 0) throw error(at, "attribute names with a '.' are reserved for dialect-defined names");
        advance();
        expect(TokenKind.EQUAL, "expected '=' in attribute alias definition");
        if (attributeAliases.containsKey(name)) throw error(at, "redefinition of attribute alias id '" + name + "'");
        Attribute value = attributes.parseAttribute(null);
        attributeAliases.put(name, value);
    }

    private void parseTypeAliasDefinition() {
        int at = lex.start();
        String name = lex.text().substring(1);
        if (name.indexOf('.') >= 0) throw error(at, "type names with a '.' are reserved for dialect-defined names");
        advance();
        expect(TokenKind.EQUAL, "expected '=' in type alias definition");
        if (typeAliases.containsKey(name)) throw error(at, "redefinition of type alias id '" + name + "'");
        typeAliases.put(name, types.parseType());
    }

    // ---------------------------------------------------------------- operations

    /** A name results are bound to ({@code %x:2 = ...}, name with its {@code %}), where it is written. */
    record ResultGroup(String name, int count, int offset) {
    }

    Operation parseOperation() {
        List<ResultGroup> groups = null;
        int numResults = 0;
        int opStart = lex.start();
        if (at(TokenKind.PERCENT_IDENTIFIER)) {
            do {
                int at = lex.start();
                String name = tokenText();
                advance();
                int count = 1;
                if (consumeIf(TokenKind.COLON)) {
                    if (!at(TokenKind.INTEGER)) throw errorAtToken("expected integer number of results");
                    long n = parseSmallInteger();
                    if (n < 1) throw error(at, "expected named operation to have at least 1 result");
                    count = (int) n;
                }
                ResultGroup group = new ResultGroup(name, count, at);
                // Most ops bind one name: a list of one, copied into a growable list for a second.
                if (groups == null) {
                    groups = List.of(group);
                } else {
                    if (groups.size() == 1) groups = new ArrayList<>(groups);
                    groups.add(group);
                }
                numResults += count;
                if (!consumeIf(TokenKind.COMMA)) break;
                if (!at(TokenKind.PERCENT_IDENTIFIER)) throw errorAtToken("expected valid ssa identifier");
            } while (true);
            expect(TokenKind.EQUAL, "expected '=' after SSA name");
        }
        int nameOffset = lex.start();
        Operation op;
        if (at(TokenKind.STRING)) {
            op = parseGenericOperation();
        } else if (at(TokenKind.BARE_IDENTIFIER) && !isIntegerTypeToken()) {
            op = parseCustomOperation(groups);
        } else {
            throw errorAtToken("expected operation name in quotes");
        }
        if (groups != null) {
            if (op.numResults() == 0) throw error(opStart, "cannot name an operation with no results");
            if (op.numResults() != numResults) {
                throw error(opStart, "operation defines " + op.numResults() + " results but was provided "
                        + numResults + " to bind");
            }
            int next = 0;
            for (int k = 0; k < groups.size(); k++) { // indexed: no iterator per op
                ResultGroup g = groups.get(k);
                Value[] values = new Value[g.count()];
                for (int i = 0; i < g.count(); i++) values[i] = op.result(next++);
                defineValues(g.name(), values, g.offset());
            }
        }
        if (op.location() == null) op.setLocation(locationAt(nameOffset));
        return op;
    }

    /**
     * Whether the current bare identifier is an integer type ({@code i32}, {@code si8},
     * {@code ui1}), which MLIR's lexer makes a token of its own: it cannot name an op.
     */
    private boolean isIntegerTypeToken() {
        byte[] b = lex.buffer();
        int p = lex.start();
        int end = lex.end();
        if (p < end && (b[p] == 's' || b[p] == 'u')) p++;
        if (p >= end || b[p] != 'i') return false;
        p++;
        if (p >= end) return false;
        for (; p < end; p++) if (!Lexer.isDigit(b[p])) return false;
        return true;
    }

    /**
     * An op in custom syntax: its name (with the dialect prefix elided inside an op that sets a
     * default dialect, or for builtin ops), then what the op's {@link OpAssembly} reads.
     */
    private Operation parseCustomOperation(List<ResultGroup> resultGroups) {
        int nameAt = lex.start();
        String written = tokenText();
        OperationName name = resolveCustomName(written);
        if (name == null) throw error(nameAt, unknownCustomOpMessage(written));
        advance();
        OperationState state = spareStates.isEmpty() ? new OperationState(name, null)
                : spareStates.removeLast().reuseFor(name, null);
        defaultDialects.add(name.definition().defaultDialect());
        try {
            OpAsmParser asmParser = new OpAsmParser(this, nameAt, name.name(),
                    resultGroups == null ? List.of() : resultGroups);
            name.definition().assembly().parse(asmParser, state);
        } finally {
            defaultDialects.removeLast();
        }
        Location loc = locations.parseOptionalTrailingLocation();
        state.location = loc == null ? locationAt(nameAt) : loc;
        Operation op = state.create();
        spareStates.add(state);
        return op;
    }

    /**
     * The full name a custom op's written name stands for: as written when it has a dialect
     * prefix, else prefixed with the default dialect of the enclosing custom op ({@code builtin}
     * at the top level; possibly empty).
     */
    private String fullCustomName(String written) {
        if (written.indexOf('.') >= 0) return written;
        String defaultDialect = defaultDialects.isEmpty() ? "builtin" : defaultDialects.getLast();
        return defaultDialect + "." + written;
    }

    /** The registered op with custom syntax a written name stands for, or null. */
    private OperationName resolveCustomName(String written) {
        OperationName name = context.operationName(fullCustomName(written));
        return name.isRegistered() && name.definition().assembly() != null ? name : null;
    }

    private String unknownCustomOpMessage(String written) {
        String full = fullCustomName(written);
        String tried = full.equals(written) ? "" : " (tried '" + full + "' as well)";
        String ns = full.substring(0, full.indexOf('.'));
        if (!context.isRegisteredDialect(ns)) {
            ParseException e = error(lex.start(), "Dialect `" + ns + "' not found for custom op '" + written + "' "
                    + tried);
            e.diagnostic().attachNote(null, "Available dialects: "
                    + String.join(", ", context.registeredDialects())
                    + " ; for more info on dialect registration see "
                    + "https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management");
            throw e;
        }
        return "custom op '" + written + "' is unknown" + tried;
    }

    private Operation parseGenericOperation() {
        int nameAt = lex.start();
        String opName = stringTokenValue();
        if (opName.isEmpty()) throw error(nameAt, "empty operation name is invalid");
        OperationName name = context.operationName(opName);
        advance();
        // An unknown op of a registered dialect parses; the verifier reports it.
        if (!name.isRegistered() && !name.inRegisteredDialect() && !context.allowsUnregisteredDialects()) {
            throw error(lex.start(), "operation being parsed with an unregistered dialect. If this is intended, "
                    + "please use -allow-unregistered-dialect with the MLIR tool used");
        }


        expect(TokenKind.LPAREN, "expected '(' to start operand list");
        List<UnresolvedOperand> operands = new ArrayList<>();
        if (at(TokenKind.PERCENT_IDENTIFIER)) {
            do {
                operands.add(parseOperandRef());
            } while (consumeIf(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN, "expected ')' to end operand list");

        List<Block> successors = List.of();
        if (at(TokenKind.LSQUARE)) {
            if (name.isRegistered() && !name.hasTrait(Trait.TERMINATOR)) {
                throw error(lex.start(), "successors in non-terminator");
            }
            advance();
            successors = new ArrayList<>();
            if (at(TokenKind.RSQUARE)) throw errorAtToken("expected at least one successor");
            do {
                successors.add(parseSuccessor());
            } while (consumeIf(TokenKind.COMMA));
            expect(TokenKind.RSQUARE, "expected ']' to end successor list");
        }

        Attribute properties = null;
        if (at(TokenKind.LESS)) {
            advance();
            if (!at(TokenKind.LBRACE)) throw errorAtToken("expected '{' to start properties");
            properties = attributes.parseAttribute(null);
            expect(TokenKind.GREATER, "expected '>' to close properties");
        }

        // Regions come before the op's type, so they are read first and moved into the op once it exists.
        List<List<Block>> regions = new ArrayList<>();
        if (at(TokenKind.LPAREN)) {
            advance();
            do {
                if (!at(TokenKind.LBRACE)) throw errorAtToken("expected '{' to begin a region");
                regions.add(parseRegion(name.hasTrait(Trait.ISOLATED_FROM_ABOVE), List.of()));
            } while (consumeIf(TokenKind.COMMA));
            expect(TokenKind.RPAREN, "expected ')' to end region list");
        }

        DictionaryAttr attrs = DictionaryAttr.EMPTY;
        if (at(TokenKind.LBRACE)) attrs = attributes.parseDictionary();

        if (!at(TokenKind.COLON)) throw errorAtToken("expected ':' followed by operation type");
        advance();
        int typeAt = lex.start();
        // Read the function type's parts directly: the op keeps its types, not the function type.
        if (!at(TokenKind.LPAREN)) {
            types.parseType();
            throw error(typeAt, "expected function type");
        }
        List<Type> inputs = types.parseTypeListParens();
        expect(TokenKind.ARROW, "expected '->' in function type");
        List<Type> resultTypes = types.parseFunctionResultTypes();
        if (inputs.size() != operands.size()) {
            // mlir-opt writes a NUL byte where the plural 's' would go.
            throw error(typeAt, "expected " + operands.size() + " operand type" + (operands.size() == 1 ? "\0" : "s")
                    + " but had " + inputs.size());
        }
        if (properties == null && name.isRegistered()) {
            // Older generic text puts a registered op's inherent attributes among the others;
            // their values are checked before they become properties.
            String message = name.definition().checkInherentAttributes(attrs.entries());
            if (message != null) throw error(nameAt, "'" + opName + "' op " + message);
        }
        List<Value> operandValues = new ArrayList<>(operands.size());
        for (int i = 0; i < operands.size(); i++) operandValues.add(resolveOperand(operands.get(i), inputs.get(i)));

        Location loc = locations.parseOptionalTrailingLocation();
        if (name.isRegistered()) {
            DictionaryAttr[] split = splitInherent(name.definition(), opName, nameAt, properties, attrs);
            properties = split[0];
            attrs = split[1];
        }
        Operation op = Operation.create(name, loc, operandValues, resultTypes, successors, regions.size(),
                properties, attrs);
        for (int i = 0; i < regions.size(); i++) {
            for (Block b : regions.get(i)) op.region(i).addBlock(b);
        }
        return op;
    }

    /**
     * The properties and discardable attributes of a registered op read in the generic form, as
     * MLIR sets them: attributes named like a property become properties, then the entries of
     * {@code <{...}>} are converted (each must be of the kind the property holds) and replace
     * them; entries naming no property are dropped.
     */
    private DictionaryAttr[] splitInherent(OpDef def, String opName, int nameAt, Attribute properties,
                                           DictionaryAttr attrs) {
        if (properties == null && attrs.entries().isEmpty()) return new DictionaryAttr[]{null, attrs};
        List<NamedAttribute> inherent = new ArrayList<>();
        List<NamedAttribute> discardable = new ArrayList<>();
        for (NamedAttribute e : attrs.entries()) (def.isProperty(e.name()) ? inherent : discardable).add(e);
        if (inherent.isEmpty() && properties == null) return new DictionaryAttr[]{null, attrs};
        if (properties instanceof DictionaryAttr given) {
            for (OpDef.AttrSpec spec : def.attributes()) {
                if (!spec.property()) continue;
                Attribute value = given.get(spec.name());
                if (value == null) continue;
                if (!spec.constraint().isKind(value)) {
                    throw error(nameAt, "invalid properties " + AttributePrinting.toString(given) + " for op " + opName
                            + ": Invalid attribute `" + spec.name() + "` in property conversion: "
                            + AttributePrinting.toString(value));
                }
                inherent.removeIf(e -> e.name().equals(spec.name()));
                inherent.add(new NamedAttribute(spec.name(), value));
            }
        }
        // A registered op without any property set prints no <{}>.
        DictionaryAttr props = inherent.isEmpty() ? null : context.intern(DictionaryAttr.sorted(inherent));
        if (discardable.size() == attrs.entries().size()) return new DictionaryAttr[]{props, attrs};
        return new DictionaryAttr[]{props, context.intern(DictionaryAttr.sorted(discardable))};
    }

    UnresolvedOperand parseOperandRef() {
        if (!at(TokenKind.PERCENT_IDENTIFIER)) throw errorAtToken("expected SSA operand");
        int at = lex.start();
        String name = tokenText();
        advance();
        int number = 0;
        // A result number arrives as the following hash identifier: %x#1.
        if (at(TokenKind.HASH_IDENTIFIER)) {
            String suffix = lex.text().substring(1);
            if (suffix.isEmpty() || !isAllDigits(suffix)) throw errorAtToken("invalid SSA value result number");
            try {
                number = Integer.parseInt(suffix);
            } catch (NumberFormatException e) {
                throw errorAtToken("invalid SSA value result number");
            }
            advance();
        }
        return new UnresolvedOperand(name, number, at);
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Lexer.isDigit(s.charAt(i))) return false;
        return true;
    }

    long parseSmallInteger() {
        String text = lex.text();
        long v;
        try {
            v = text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw errorAtToken("integer value too large");
        }
        if (v > Integer.MAX_VALUE) throw errorAtToken("integer value too large");
        advance();
        return v;
    }

    // ---------------------------------------------------------------- SSA values

    private static final class ValueScope {
        final boolean isolated;
        final HashMap<String, Defined> defined = new HashMap<>();
        /** Placeholders for names used before their definition, with the offset of first use. */
        final HashMap<String, ForwardRef> forward;

        ValueScope(boolean isolated, HashMap<String, ForwardRef> forward) {
            this.isolated = isolated;
            this.forward = forward;
        }
    }

    private record ForwardRef(Operation placeholder, int offset) {
    }

    /** The values a name stands for, and where the name was defined. */
    private record Defined(Value[] values, int offset) {
    }

    void pushValueScope() {
        valueScopes.add(new ValueScope(true, new HashMap<>()));
    }

    private void pushRegionValueScope(boolean isolated) {
        HashMap<String, ForwardRef> forward = isolated || valueScopes.isEmpty()
                ? new HashMap<>() : valueScopes.getLast().forward;
        valueScopes.add(new ValueScope(isolated, forward));
    }

    void popValueScope() {
        ValueScope scope = valueScopes.removeLast();
        if (scope.isolated && !scope.forward.isEmpty()) {
            ForwardRef first = null;
            for (ForwardRef f : scope.forward.values()) if (first == null || f.offset() < first.offset()) first = f;
            throw error(first.offset(), "use of undeclared SSA value name");
        }
    }

    private Defined lookupDefined(String name) {
        for (int i = valueScopes.size() - 1; i >= 0; i--) {
            ValueScope s = valueScopes.get(i);
            Defined v = s.defined.get(name);
            if (v != null) return v;
            if (s.isolated) break;
        }
        return null;
    }

    Value resolveOperand(UnresolvedOperand ref, Type type) {
        Defined defined = lookupDefined(ref.name());
        if (defined != null) {
            if (ref.number() >= defined.values().length) throw error(ref.offset(), "reference to invalid result number");
            Value v = defined.values()[ref.number()];
            if (!v.type().equals(type)) throw new ParseException(useTypeMismatch(ref, type, v.type(), defined.offset()));
            return v;
        }
        String key = ref.number() == 0 ? ref.name() : ref.name() + "#" + ref.number();
        HashMap<String, ForwardRef> forward = valueScopes.getLast().forward;
        ForwardRef f = forward.get(key);
        if (f != null) {
            Value v = f.placeholder().result(0);
            if (!v.type().equals(type)) throw new ParseException(useTypeMismatch(ref, type, v.type(), f.offset()));
            return v;
        }
        Operation placeholder = Operation.create(forwardRefName, null, List.of(), List.of(type), List.of(), 0,
                null, null);
        forward.put(key, new ForwardRef(placeholder, ref.offset()));
        return placeholder.result(0);
    }

    private Diagnostic useTypeMismatch(UnresolvedOperand ref, Type expected, Type prior, int priorOffset) {
        Diagnostic d = new Diagnostic(Diagnostic.Severity.ERROR, locationAt(ref.offset()),
                "use of value '" + ref.name() + "' expects different type than prior uses: '"
                        + TypePrinting.toString(expected) + "' vs '" + TypePrinting.toString(prior) + "'");
        d.attachNote(locationAt(priorOffset), "prior use here");
        return d;
    }

    private void defineValues(String name, Value[] values, int offset) {
        ValueScope scope = valueScopes.getLast();
        Defined previous = lookupDefined(name);
        if (previous != null) {
            ParseException e = error(offset, "redefinition of SSA value '" + name + "'");
            e.diagnostic().attachNote(locationAt(previous.offset()), "previously defined here");
            throw e;
        }
        HashMap<String, ForwardRef> forward = scope.forward;
        if (!forward.isEmpty()) {
            for (int i = 0; i < values.length; i++) {
                String key = i == 0 ? name : name + "#" + i;
                ForwardRef f = forward.remove(key);
                if (f == null) continue;
                Value placeholder = f.placeholder().result(0);
                if (!placeholder.type().equals(values[i].type())) {
                    ParseException e = error(offset, "definition of SSA value '" + name + "#" + i + "' has type '"
                            + TypePrinting.toString(values[i].type()) + "'");
                    e.diagnostic().attachNote(locationAt(f.offset()), "previously used here with type '"
                            + TypePrinting.toString(placeholder.type()) + "'");
                    throw e;
                }
                placeholder.replaceAllUsesWith(values[i]);
            }
            for (Map.Entry<String, ForwardRef> e : forward.entrySet()) {
                String key = e.getKey();
                int hash = key.indexOf('#');
                if (hash > 0 && key.substring(0, hash).equals(name)) {
                    throw error(e.getValue().offset(), "reference to invalid result number");
                }
            }
        }
        scope.defined.put(name, new Defined(values, offset));
    }

    // ---------------------------------------------------------------- regions and blocks

    private static final class BlockScope {
        final HashMap<String, BlockDef> blocks = new HashMap<>();
    }

    private static final class BlockDef {
        final Block block;
        int useOffset;
        boolean defined;

        BlockDef(Block block, int useOffset) {
            this.block = block;
            this.useOffset = useOffset;
        }
    }

    void pushBlockScope() {
        blockScopes.add(new BlockScope());
    }

    void popBlockScope() {
        BlockScope scope = blockScopes.removeLast();
        BlockDef firstUndefined = null;
        for (BlockDef d : scope.blocks.values()) {
            if (!d.defined && (firstUndefined == null || d.useOffset < firstUndefined.useOffset)) firstUndefined = d;
        }
        if (firstUndefined != null) throw error(firstUndefined.useOffset, "reference to an undefined block");
    }

    Block parseSuccessor() {
        if (!at(TokenKind.CARET_IDENTIFIER)) throw errorAtToken("expected block name");
        BlockDef d = blockNamed(tokenText(), lex.start());
        advance();
        return d.block;
    }

    /** The block a name stands for in the current region, made on first mention. */
    private BlockDef blockNamed(String name, int at) {
        BlockScope scope = blockScopes.getLast();
        BlockDef d = scope.blocks.get(name);
        if (d == null) {
            d = new BlockDef(new Block(), at);
            scope.blocks.put(name, d);
        }
        return d;
    }

    /**
     * Reads {@code { blocks }}. Entry arguments given by custom syntax (a function's parameters)
     * start the entry block; then the entry block may have no label. Arguments without names
     * (types only) add nothing but an entry block to an empty region. An empty region
     * {@code {}} has no block, unless it has entry arguments.
     */
    List<Block> parseRegion(boolean isolated, List<OpAsmParser.Argument> entryArguments) {
        advance();
        List<Block> blocks = new ArrayList<>(1);
        pushRegionValueScope(isolated);
        pushBlockScope();
        if (!entryArguments.isEmpty() && entryArguments.getFirst().name() != null) {
            Block entry = new Block();
            if (at(TokenKind.CARET_IDENTIFIER)) {
                throw error(lex.start(), "invalid block name in region with named arguments");
            }
            for (OpAsmParser.Argument a : entryArguments) {
                UnresolvedOperand name = a.name();
                Defined previous = valueScopes.getLast().defined.get(name.name());
                if (previous != null) {
                    ParseException e = error(name.offset(),
                            "region entry argument '" + name.name() + "' is already in use");
                    e.diagnostic().attachNote(locationAt(previous.offset()), "previously referenced here");
                    throw e;
                }
                Location loc = a.location() == null ? locationAt(name.offset()) : a.location();
                defineValues(name.name(), new Value[]{entry.addArgument(a.type(), loc)}, name.offset());
            }
            blocks.add(entry);
            parseBlockBody(entry);
        } else if (!at(TokenKind.RBRACE) && !at(TokenKind.CARET_IDENTIFIER)) {
            Block entry = new Block();
            blocks.add(entry);
            parseBlockBody(entry);
        } else if (!entryArguments.isEmpty() && at(TokenKind.RBRACE)) {
            // A signature without names still gives the region its (empty) entry block.
            blocks.add(new Block());
        }
        while (!at(TokenKind.RBRACE)) blocks.add(parseBlockDefinition());
        advance();
        popBlockScope();
        popValueScope();
        return blocks;
    }

    private Block parseBlockDefinition() {
        if (!at(TokenKind.CARET_IDENTIFIER)) throw errorAtToken("expected block name");
        String name = tokenText();
        int at = lex.start();
        BlockDef d = blockNamed(name, at);
        advance();
        if (d.defined) throw error(at, "redefinition of block '" + name + "'");
        d.defined = true;
        Block block = d.block;
        if (at(TokenKind.LPAREN)) {
            advance();
            if (!at(TokenKind.RPAREN)) {
                do {
                    if (!at(TokenKind.PERCENT_IDENTIFIER)) throw errorAtToken("expected SSA operand");
                    String argName = tokenText();
                    int argAt = lex.start();
                    advance();
                    expect(TokenKind.COLON, "expected ':' and type for SSA operand");
                    Type type = types.parseType();
                    Location loc = locations.parseOptionalTrailingLocation();
                    Value arg = block.addArgument(type, loc == null ? locationAt(argAt) : loc);
                    defineValues(argName, new Value[]{arg}, argAt);
                } while (consumeIf(TokenKind.COMMA));
            }
            expect(TokenKind.RPAREN, "expected ')' to end argument list");
        }
        expect(TokenKind.COLON, "expected ':' after block name");
        parseBlockBody(block);
        return block;
    }

    private void parseBlockBody(Block block) {
        while (!at(TokenKind.CARET_IDENTIFIER) && !at(TokenKind.RBRACE)) block.append(parseOperation());
    }

    // ---------------------------------------------------------------- helpers for sub-parsers

    /** Parses {@code {name = attr, ...}} into a list of entries (unsorted, duplicates checked). */
    List<NamedAttribute> parseNamedAttributes() {
        return attributes.parseNamedAttributeList();
    }
}
