package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BuiltinDialect;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationName;
import jmlir.ir.Region;
import jmlir.ir.ResourceHandle;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
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
    final SourceBuffer source;
    final TypeParser types;
    final AttributeParser attributes;
    final LocationParser locations;
    final Map<String, Attribute> attributeAliases = new HashMap<>();
    final Map<String, Type> typeAliases = new HashMap<>();
    final ResourceTable resources;
    /** Resource names as written in this input, per dialect, mapped to their handles. */
    final Map<String, ResourceHandle> resourceHandles = new HashMap<>();

    private final OperationName forwardRefName;
    /** One per isolated-from-above scope: SSA names visible in it. */
    private final ArrayList<ValueScope> valueScopes = new ArrayList<>();
    /** One per region being parsed: the region's block names. */
    private final ArrayList<BlockScope> blockScopes = new ArrayList<>();

    public Parser(Context context, SourceBuffer source, ResourceTable resources) {
        this.context = context;
        this.source = source;
        this.lex = new Lexer(source.bytes(), source.begin(), source.end());
        this.resources = resources != null ? resources : new ResourceTable();
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

    /** An error at the current token; at end of input MLIR reports it after the previous token. */
    ParseException errorAtToken(String message) {
        if (lex.kind() == TokenKind.ERROR) return error(lex.start(), lex.errorMessage());
        return error(lex.kind() == TokenKind.EOF ? source.endOfLastToken(lex.start()) : lex.start(), message);
    }

    /** Consumes a token of kind {@code k}, or fails with {@link #wrongTokenError}. */
    void parseToken(TokenKind k, String message) {
        if (lex.kind() != k) throw wrongTokenError(message);
        advance();
    }

    /**
     * An error for an unexpected token, placed as MLIR places it: when the token starts its line,
     * the error goes to the end of the last preceding line with code (before any {@code //}
     * comment), so that it points just after what was read.
     */
    ParseException wrongTokenError(String message) {
        if (lex.kind() == TokenKind.ERROR) return error(lex.start(), lex.errorMessage());
        byte[] b = source.bytes();
        int begin = source.begin();
        int loc = lex.start();
        if (at(TokenKind.EOF)) loc = Math.max(begin, loc - 1);
        int end = loc;
        while (true) {
            while (end > begin && (b[end - 1] == ' ' || b[end - 1] == '\t')) end--;
            if (end == begin) return error(loc, message);
            if (b[end - 1] != '\n' && b[end - 1] != '\r') return error(end, message);
            end--;
            int lineStart = end;
            while (lineStart > begin && b[lineStart - 1] != '\n' && b[lineStart - 1] != '\r') lineStart--;
            for (int i = lineStart; i + 1 < end; i++) {
                if (b[i] == '/' && b[i + 1] == '/') {
                    end = i;
                    break;
                }
            }
        }
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

    private record ResultGroup(String name, int count, int offset) {
    }

    private record OperandRef(String name, int number, int offset) {
    }

    Operation parseOperation() {
        List<ResultGroup> groups = null;
        int numResults = 0;
        int opStart = lex.start();
        if (at(TokenKind.PERCENT_IDENTIFIER)) {
            groups = new ArrayList<>(1);
            do {
                int at = lex.start();
                String name = lex.text();
                advance();
                int count = 1;
                if (consumeIf(TokenKind.COLON)) {
                    if (!at(TokenKind.INTEGER)) throw errorAtToken("expected integer number of results");
                    long n = parseSmallInteger();
                    if (n < 1) throw error(at, "expected named operation to have at least 1 result");
                    count = (int) n;
                }
                groups.add(new ResultGroup(name, count, at));
                numResults += count;
            } while (consumeIf(TokenKind.COMMA));
            expect(TokenKind.EQUAL, "expected '=' after SSA name");
        }
        int nameOffset = lex.start();
        Operation op;
        if (at(TokenKind.STRING)) {
            op = parseGenericOperation();
        } else if (at(TokenKind.BARE_IDENTIFIER)) {
            throw errorAtToken(unknownCustomOpMessage(lex.text()));
        } else {
            if (groups == null && at(TokenKind.EOF)) throw errorAtToken("expected operation name in quotes");
            throw errorAtToken(groups == null ? "expected operation name in quotes" : "expected operation name in quotes");
        }
        if (groups != null) {
            if (op.numResults() != numResults) {
                throw error(opStart, "operation defines " + op.numResults() + " results but was provided "
                        + numResults + " to bind");
            }
            int next = 0;
            for (ResultGroup g : groups) {
                Value[] values = new Value[g.count()];
                for (int i = 0; i < g.count(); i++) values[i] = op.result(next++);
                defineValues(g.name(), values, g.offset());
            }
        }
        if (op.location() == null) op.setLocation(locationAt(nameOffset));
        return op;
    }

    private String unknownCustomOpMessage(String name) {
        if (name.indexOf('.') < 0) {
            return "custom op '" + name + "' is unknown (tried 'builtin." + name + "' as well)";
        }
        String ns = name.substring(0, name.indexOf('.'));
        if (!context.isRegisteredDialect(ns)) {
            return "Dialect `" + ns + "' not found for custom op '" + name + "' ";
        }
        return "custom op '" + name + "' is unknown (tried 'builtin." + name + "' as well)";
    }

    private Operation parseGenericOperation() {
        int nameAt = lex.start();
        String opName = lex.stringValue();
        if (opName.isEmpty()) throw error(nameAt, "empty operation name is invalid");
        if (opName.indexOf('.') < 0 && !opName.equals("module")) {
            // MLIR resolves dotless names against the builtin dialect only for custom forms.
        }
        OperationName name = context.operationName(opName);
        if (!name.isRegistered()) {
            int dot = opName.indexOf('.');
            String ns = dot < 0 ? "" : opName.substring(0, dot);
            if (!context.allowsUnregisteredDialects()) {
                if (context.isRegisteredDialect(ns)) {
                    throw error(nameAt, "operation being parsed with an unregistered dialect. If this is intended, "
                            + "please use -allow-unregistered-dialect with the MLIR tool used");
                }
                throw error(nameAt, "operation being parsed with an unregistered dialect. If this is intended, "
                        + "please use -allow-unregistered-dialect with the MLIR tool used");
            }
        }
        advance();

        expect(TokenKind.LPAREN, "expected '(' to start operand list");
        List<OperandRef> operands = new ArrayList<>();
        if (!at(TokenKind.RPAREN)) {
            do {
                operands.add(parseOperandRef());
            } while (consumeIf(TokenKind.COMMA));
        }
        expect(TokenKind.RPAREN, "expected ')' to end operand list");

        List<Block> successors = List.of();
        if (at(TokenKind.LSQUARE)) {
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

        // Regions are parsed after the op exists so that their values can refer to the op's scope.
        List<RegionSource> regionSources = new ArrayList<>();
        if (at(TokenKind.LPAREN)) {
            advance();
            do {
                if (!at(TokenKind.LBRACE)) throw errorAtToken("expected '{' to begin a region");
                regionSources.add(new RegionSource());
                regionSources.getLast().parsed = parseRegionBody(name);
            } while (consumeIf(TokenKind.COMMA));
            expect(TokenKind.RPAREN, "expected ')' to end region list");
        }

        DictionaryAttr attrs = DictionaryAttr.EMPTY;
        if (at(TokenKind.LBRACE)) attrs = attributes.parseDictionary();

        if (!at(TokenKind.COLON)) throw errorAtToken("expected ':' followed by operation type");
        advance();
        int typeAt = lex.start();
        Type t = types.parseType();
        if (!(t instanceof FunctionType fn)) throw error(typeAt, "expected function type");
        if (fn.inputs().size() != operands.size()) {
            throw error(typeAt, "expected " + operands.size() + " operand type" + (operands.size() == 1 ? "" : "s")
                    + " but had " + fn.inputs().size());
        }
        List<Value> operandValues = new ArrayList<>(operands.size());
        for (int i = 0; i < operands.size(); i++) operandValues.add(resolveOperand(operands.get(i), fn.inputs().get(i)));

        Location loc = locations.parseOptionalTrailingLocation();
        Operation op = Operation.create(name, loc, operandValues, fn.results(), successors, regionSources.size(),
                properties, attrs);
        for (int i = 0; i < regionSources.size(); i++) regionSources.get(i).parsed.moveInto(op.region(i));
        return op;
    }

    private static final class RegionSource {
        ParsedRegion parsed;
    }

    /** Blocks read for a region before its operation exists. */
    private static final class ParsedRegion {
        final List<Block> blocks = new ArrayList<>();

        void moveInto(Region region) {
            for (Block b : blocks) region.addBlock(b);
        }
    }

    private OperandRef parseOperandRef() {
        if (!at(TokenKind.PERCENT_IDENTIFIER)) throw errorAtToken("expected SSA operand");
        int at = lex.start();
        String name = lex.text();
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
        return new OperandRef(name, number, at);
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
        final HashMap<String, Value[]> defined = new HashMap<>();
        final ArrayList<String> definedHere = new ArrayList<>();
        /** Placeholders for names used before their definition, with the offset of first use. */
        final HashMap<String, ForwardRef> forward;

        ValueScope(boolean isolated, HashMap<String, ForwardRef> forward) {
            this.isolated = isolated;
            this.forward = forward;
        }
    }

    private record ForwardRef(Operation placeholder, int offset) {
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

    private Value[] lookupDefined(String name) {
        for (int i = valueScopes.size() - 1; i >= 0; i--) {
            ValueScope s = valueScopes.get(i);
            Value[] v = s.defined.get(name);
            if (v != null) return v;
            if (s.isolated) break;
        }
        return null;
    }

    private Value resolveOperand(OperandRef ref, Type type) {
        Value[] defined = lookupDefined(ref.name());
        if (defined != null) {
            if (ref.number() >= defined.length) {
                throw error(ref.offset(), "operation has " + defined.length + " results but was provided "
                        + ref.number() + " result number" );
            }
            Value v = defined[ref.number()];
            if (!v.type().equals(type)) {
                throw new ParseException(useTypeMismatch(ref, type, v.type()));
            }
            return v;
        }
        String key = ref.number() == 0 ? ref.name() : ref.name() + "#" + ref.number();
        HashMap<String, ForwardRef> forward = valueScopes.getLast().forward;
        ForwardRef f = forward.get(key);
        if (f != null) {
            Value v = f.placeholder().result(0);
            if (!v.type().equals(type)) throw new ParseException(useTypeMismatch(ref, type, v.type()));
            return v;
        }
        Operation placeholder = Operation.create(forwardRefName, null, List.of(), List.of(type), List.of(), 0,
                null, null);
        forward.put(key, new ForwardRef(placeholder, ref.offset()));
        return placeholder.result(0);
    }

    private Diagnostic useTypeMismatch(OperandRef ref, Type expected, Type prior) {
        Diagnostic d = new Diagnostic(Diagnostic.Severity.ERROR, locationAt(ref.offset()),
                "use of value '" + ref.name() + "' expects different type than prior uses: '"
                        + TypePrinting.toString(expected) + "' vs '" + TypePrinting.toString(prior) + "'");
        return d;
    }

    private void defineValues(String name, Value[] values, int offset) {
        ValueScope scope = valueScopes.getLast();
        if (lookupDefined(name) != null) {
            throw error(offset, "redefinition of SSA value '" + name + "'");
        }
        HashMap<String, ForwardRef> forward = scope.forward;
        if (!forward.isEmpty()) {
            for (int i = 0; i < values.length; i++) {
                String key = i == 0 ? name : name + "#" + i;
                ForwardRef f = forward.remove(key);
                if (f == null) continue;
                Value placeholder = f.placeholder().result(0);
                if (!placeholder.type().equals(values[i].type())) {
                    throw error(offset, "definition of SSA value '" + name + "#" + i + "' has type '"
                            + TypePrinting.toString(values[i].type()) + "'");
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
        scope.defined.put(name, values);
        scope.definedHere.add(name);
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

    private Block parseSuccessor() {
        if (!at(TokenKind.CARET_IDENTIFIER)) throw errorAtToken("expected block name");
        if (blockScopes.size() <= 1) throw errorAtToken("branch successor not allowed outside a region");
        String name = lex.text();
        int at = lex.start();
        advance();
        BlockScope scope = blockScopes.getLast();
        BlockDef d = scope.blocks.get(name);
        if (d == null) {
            d = new BlockDef(new Block(), at);
            scope.blocks.put(name, d);
        }
        return d.block;
    }

    private ParsedRegion parseRegionBody(OperationName owner) {
        int lbrace = lex.start();
        advance();
        ParsedRegion region = new ParsedRegion();
        boolean isolated = owner.hasTrait(Trait.ISOLATED_FROM_ABOVE);
        pushRegionValueScope(isolated);
        pushBlockScope();
        if (at(TokenKind.RBRACE)) {
            advance();
            popBlockScope();
            popRegionScope();
            return region;
        }
        if (!at(TokenKind.CARET_IDENTIFIER)) {
            Block entry = new Block();
            region.blocks.add(entry);
            parseBlockBody(entry);
        }
        while (!at(TokenKind.RBRACE)) {
            if (at(TokenKind.EOF)) throw errorAtToken("expected '}' to end region");
            region.blocks.add(parseBlockDefinition(region.blocks.isEmpty()));
        }
        advance();
        popBlockScope();
        popRegionScope();
        return region;
    }

    private void popRegionScope() {
        popValueScope();
    }

    private Block parseBlockDefinition(boolean isEntry) {
        if (!at(TokenKind.CARET_IDENTIFIER)) throw errorAtToken("expected block name");
        String name = lex.text();
        int at = lex.start();
        advance();
        BlockScope scope = blockScopes.getLast();
        BlockDef d = scope.blocks.get(name);
        if (d == null) {
            d = new BlockDef(new Block(), at);
            scope.blocks.put(name, d);
        } else if (d.defined) {
            throw error(at, "redefinition of block '" + name + "'");
        }
        d.defined = true;
        Block block = d.block;
        if (at(TokenKind.LPAREN)) {
            advance();
            if (!at(TokenKind.RPAREN)) {
                do {
                    if (!at(TokenKind.PERCENT_IDENTIFIER)) throw errorAtToken("expected SSA operand");
                    String argName = lex.text();
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
        while (!at(TokenKind.CARET_IDENTIFIER) && !at(TokenKind.RBRACE)) {
            if (at(TokenKind.EOF)) throw errorAtToken("expected '}' to end region");
            block.append(parseOperation());
        }
    }

    // ---------------------------------------------------------------- helpers for sub-parsers

    /** Parses {@code {name = attr, ...}} into a list of entries (unsorted, duplicates checked). */
    List<NamedAttribute> parseNamedAttributes() {
        return attributes.parseNamedAttributeList();
    }
}
