package jmlir.syntax;

import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionOpInterface;
import jmlir.ir.FunctionType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolTable;
import jmlir.ir.Type;
import jmlir.ir.TypeAttr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The custom syntax of function-like ops ({@link FunctionOpInterface}), as mlir-opt writes
 * {@code func.func}:
 *
 * <pre>
 *   [private|public|nested] @name(%arg0: i32 {dialect.attr} loc(...), ...) -> (i32 {dialect.attr}, f32)
 *       [attributes {...}] [{ body }]
 * </pre>
 *
 * An external function gives its arguments as types only ({@code (i32 {a.b}, f32)}); a single
 * result without attributes that is not a function type is written without parentheses; no
 * results, no arrow. The body's entry block arguments are the named arguments.
 */
public final class FunctionOpSyntax {
    private static final List<String> VISIBILITIES = List.of("public", "private", "nested");
    /** Attributes the syntax shows elsewhere, so they may not appear in {@code attributes {...}}. */
    private static final List<String> INFERRED = List.of(SymbolTable.VISIBILITY, SymbolTable.SYMBOL_NAME,
            FunctionOpInterface.FUNCTION_TYPE);
    private static final Set<String> NOT_IN_DICTIONARY = Set.of(SymbolTable.SYMBOL_NAME, SymbolTable.VISIBILITY,
            FunctionOpInterface.FUNCTION_TYPE, FunctionOpInterface.ARG_ATTRS, FunctionOpInterface.RES_ATTRS);

    private FunctionOpSyntax() {
    }

    /** One argument or result of a signature: its type and attributes. */
    private record Result(Type type, DictionaryAttr attributes) {
    }

    /** Reads a function op into {@code state}: attributes (properties among them) and its one region. */
    public static void parse(OpAsmParser parser, OperationState state) {
        List<NamedAttribute> attributes = new ArrayList<>();
        for (String visibility : VISIBILITIES) {
            if (parser.consumeKeywordIf(visibility)) {
                attributes.add(new NamedAttribute(SymbolTable.VISIBILITY, StringAttr.of(visibility)));
                break;
            }
        }
        attributes.add(new NamedAttribute(SymbolTable.SYMBOL_NAME, StringAttr.of(parser.parseSymbolName())));

        List<OpAsmParser.Argument> arguments = parseArguments(parser);
        List<Result> results = parser.consumeIf(TokenKind.ARROW) ? parseResults(parser) : List.of();

        List<Type> inputTypes = new ArrayList<>(arguments.size());
        for (OpAsmParser.Argument a : arguments) inputTypes.add(a.type());
        List<Type> resultTypes = new ArrayList<>(results.size());
        for (Result r : results) resultTypes.add(r.type());
        FunctionType type = parser.context().intern(new FunctionType(inputTypes, resultTypes));
        attributes.add(new NamedAttribute(FunctionOpInterface.FUNCTION_TYPE, new TypeAttr(type)));

        int dictionaryAt = parser.currentOffset();
        List<NamedAttribute> explicit = new ArrayList<>();
        parser.parseOptionalAttrDictWithKeyword(explicit);
        for (String inferred : INFERRED) {
            for (NamedAttribute e : explicit) {
                if (e.name().equals(inferred)) {
                    throw parser.emitError(dictionaryAt, "'" + inferred + "' is an inferred attribute and should "
                            + "not be specified in the explicit attribute dictionary");
                }
            }
        }
        attributes.addAll(explicit);

        List<Attribute> argAttrs = new ArrayList<>(arguments.size());
        for (OpAsmParser.Argument a : arguments) argAttrs.add(a.attributes());
        addAttrArray(parser, attributes, FunctionOpInterface.ARG_ATTRS, argAttrs);
        List<Attribute> resAttrs = new ArrayList<>(results.size());
        for (Result r : results) resAttrs.add(r.attributes());
        addAttrArray(parser, attributes, FunctionOpInterface.RES_ATTRS, resAttrs);
        state.attributes.addAll(attributes);

        int bodyAt = parser.currentOffset();
        List<Block> body = parser.parseOptionalRegion(arguments, true);
        if (body == null) {
            body = new ArrayList<>();
        } else if (body.isEmpty()) {
            throw parser.emitError(bodyAt, "expected non-empty function body");
        }
        state.regions.add(body);
    }

    /** {@code arg_attrs} or {@code res_attrs}, unless every dictionary is empty. */
    private static void addAttrArray(OpAsmParser parser, List<NamedAttribute> attributes, String name,
                                     List<Attribute> dictionaries) {
        for (Attribute d : dictionaries) {
            if (!((DictionaryAttr) d).isEmpty()) {
                attributes.add(new NamedAttribute(name, parser.context().intern(new ArrayAttr(dictionaries))));
                return;
            }
        }
    }

    /**
     * {@code (...)}: arguments with names ({@code %a: i32 {attrs} loc(...)}) or types only
     * ({@code i32 {attrs}}), not mixed.
     */
    private static List<OpAsmParser.Argument> parseArguments(OpAsmParser parser) {
        parser.expect(TokenKind.LPAREN);
        List<OpAsmParser.Argument> arguments = new ArrayList<>();
        if (parser.consumeIf(TokenKind.RPAREN)) return arguments;
        do {
            if (parser.atOperand()) {
                int at = parser.currentOffset();
                if (!arguments.isEmpty() && arguments.getLast().name() == null) {
                    throw parser.emitError(at, "expected type instead of SSA identifier");
                }
                arguments.add(parser.parseArgument(true, true));
            } else {
                int at = parser.currentOffset();
                if (!arguments.isEmpty() && arguments.getLast().name() != null) {
                    throw parser.emitError(at, "expected SSA identifier");
                }
                Type type = parser.parseType();
                DictionaryAttr attrs = parser.parseOptionalAttrDict();
                // A location on an argument without a name has nowhere to go.
                parser.parseOptionalLocation();
                arguments.add(new OpAsmParser.Argument(null, type, attrs, null));
            }
        } while (parser.consumeIf(TokenKind.COMMA));
        parser.expect(TokenKind.RPAREN);
        return arguments;
    }

    /** After {@code ->}: one type, or {@code (type {attrs}, ...)}. */
    private static List<Result> parseResults(OpAsmParser parser) {
        if (!parser.consumeIf(TokenKind.LPAREN)) return List.of(new Result(parser.parseType(), DictionaryAttr.EMPTY));
        List<Result> results = new ArrayList<>();
        if (parser.consumeIf(TokenKind.RPAREN)) return results;
        do {
            Type type = parser.parseType();
            results.add(new Result(type, parser.parseOptionalAttrDict()));
        } while (parser.consumeIf(TokenKind.COMMA));
        parser.expect(TokenKind.RPAREN);
        return results;
    }

    /**
     * Writes a function op: visibility, name, signature, the remaining attributes (but
     * {@code extraElided}) after {@code attributes}, and the body unless it is external.
     */
    public static void print(Operation op, OpAsmPrinter printer, Set<String> extraElided) {
        FunctionOpInterface f = (FunctionOpInterface) op;
        printer.print(" ");
        if (op.inherentOrDiscardable(SymbolTable.VISIBILITY) instanceof StringAttr visibility) {
            printer.print(visibility.value()).print(" ");
        }
        printer.printSymbolName(SymbolTable.nameOf(op));
        List<Type> inputs = f.argumentTypes();
        Region body = f.body();
        printer.print("(");
        for (int i = 0; i < inputs.size(); i++) {
            if (i > 0) printer.print(", ");
            if (body.isEmpty() || i >= body.entryBlock().numArguments()) {
                printer.printType(inputs.get(i));
                printer.printOptionalAttrDict(f.argAttrs(i).entries(), Set.of());
            } else {
                printer.printArgument(body.entryBlock().argument(i), f.argAttrs(i));
            }
        }
        printer.print(")");
        List<Type> results = f.resultTypes();
        if (!results.isEmpty()) {
            printer.print(" -> ");
            boolean parens = results.size() > 1 || results.getFirst() instanceof FunctionType
                    || !f.resAttrs(0).isEmpty();
            if (parens) printer.print("(");
            for (int i = 0; i < results.size(); i++) {
                if (i > 0) printer.print(", ");
                printer.printType(results.get(i));
                printer.printOptionalAttrDict(f.resAttrs(i).entries(), Set.of());
            }
            if (parens) printer.print(")");
        }
        Set<String> elided = NOT_IN_DICTIONARY;
        if (!extraElided.isEmpty()) {
            elided = new java.util.HashSet<>(NOT_IN_DICTIONARY);
            elided.addAll(extraElided);
        }
        printer.printOptionalAttrDictWithKeyword(op.allAttributes(), elided);
        if (!body.isEmpty()) {
            printer.print(" ");
            printer.printRegion(body, false, true);
        }
    }
}
