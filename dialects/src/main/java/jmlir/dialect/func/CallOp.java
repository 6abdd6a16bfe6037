package jmlir.dialect.func;

import jmlir.ir.AttrConstraint;
import jmlir.ir.CallOpInterface;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.SymbolTableCollection;
import jmlir.ir.SymbolUserOpInterface;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.UnitAttr;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypePrinting;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code func.call}: a call of the {@code func.func} named by {@code callee}, found in the
 * nearest symbol table; operand and result types must match the function's.
 * Syntax: {@code call @f(%a) {no_inline} : (i32) -> i32}.
 */
public final class CallOp extends Operation implements SymbolUserOpInterface {
    public static final String NAME = "func.call";
    public static final String CALLEE = "callee";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .variadicResult("results", TypeConstraint.ANY)
            .property(CALLEE, AttrConstraint.SYMBOL_REF)
            .optionalProperty("arg_attrs", AttrConstraint.DICTIONARY_ARRAY, null)
            .optionalProperty("res_attrs", AttrConstraint.DICTIONARY_ARRAY, null)
            .optionalProperty("no_inline", AttrConstraint.UNIT, null)
            .call(CALLEE, "operands")
            .assembly(new Assembly())
            .factory(CallOp::new)
            .build();

    public CallOp(Init init) {
        super(init);
    }

    /** The called function's name (without the {@code @}). */
    public String callee() {
        return calleeAttr().root();
    }

    public SymbolRefAttr calleeAttr() {
        return (SymbolRefAttr) property(CALLEE);
    }

    /** What is called: the symbol {@code callee} (as CallOpInterface answers). */
    public CallOpInterface.Callee callableForCallee() {
        return CallOpInterface.callee(this);
    }

    /** The arguments passed (as CallOpInterface answers). */
    public List<Value> argOperands() {
        return CallOpInterface.argOperands(this);
    }

    /** The arguments passed. */
    public List<Value> operands() {
        List<Value> values = new ArrayList<>(numOperands());
        for (int i = 0; i < numOperands(); i++) values.add(operand(i));
        return values;
    }

    public List<Type> resultTypes() {
        List<Type> types = new ArrayList<>(numResults());
        for (int i = 0; i < numResults(); i++) types.add(result(i).type());
        return types;
    }

    public boolean noInline() {
        return property("no_inline") instanceof UnitAttr;
    }

    /** The called function, looked up from this op, or null. */
    public FuncOp resolveCallee(SymbolTableCollection symbolTables) {
        return CallOpInterface.resolveCallable(this, symbolTables) instanceof FuncOp f ? f : null;
    }

    @Override
    public Diagnostic verifySymbolUses(SymbolTableCollection symbolTables) {
        if (!(property(CALLEE) instanceof SymbolRefAttr ref)) {
            return Diagnostic.opError(this, "requires a 'callee' symbol reference attribute");
        }
        FuncOp fn = resolveCallee(symbolTables);
        if (fn == null) return Diagnostic.opError(this, "'" + ref.root() + "' does not reference a valid function");
        FunctionType type = fn.functionType();
        if (type.inputs().size() != numOperands()) {
            return Diagnostic.opError(this, "incorrect number of operands for callee");
        }
        for (int i = 0; i < numOperands(); i++) {
            Type expected = type.inputs().get(i);
            Type provided = operand(i).type();
            if (!provided.equals(expected)) {
                return Diagnostic.opError(this, "operand type mismatch: expected operand type '"
                        + TypePrinting.toString(expected) + "', but provided '" + TypePrinting.toString(provided)
                        + "' for operand number " + i);
            }
        }
        if (type.results().size() != numResults()) {
            return Diagnostic.opError(this, "incorrect number of results for callee");
        }
        for (int i = 0; i < numResults(); i++) {
            if (!result(i).type().equals(type.results().get(i))) {
                Diagnostic d = Diagnostic.opError(this, "result type mismatch at index " + i);
                d.attachNote(null, "      op result types: " + quotedTypes(resultTypes()));
                d.attachNote(null, "function result types: " + quotedTypes(type.results()));
                return d;
            }
        }
        return null;
    }

    /** Types as a diagnostic lists them: {@code 'i32', 'f32'}. */
    static String quotedTypes(List<Type> types) {
        StringBuilder sb = new StringBuilder();
        for (Type t : types) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append('\'').append(TypePrinting.toString(t)).append('\'');
        }
        return sb.toString();
    }

    /** {@code $callee ( $operands ) attr-dict : functional-type($operands, results)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(CALLEE);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            SymbolRefAttr callee = FuncSyntax.parseFlatSymbolRef(parser);
            parser.expect(TokenKind.LPAREN);
            int operandsAt = parser.currentOffset();
            List<UnresolvedOperand> operands = parser.parseOperandList();
            parser.expect(TokenKind.RPAREN);
            state.properties = parser.context().intern(
                    new DictionaryAttr(List.of(new NamedAttribute(CALLEE, callee))));
            parser.parseOptionalAttrDict(state);
            parser.expect(TokenKind.COLON);
            FunctionType type = FuncSyntax.parseFunctionType(parser);
            state.resultTypes.addAll(type.results());
            parser.resolveOperands(operands, type.inputs(), operandsAt, state.operands);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            CallOp call = (CallOp) op;
            printer.print(" ");
            printer.printAttributeWithoutType(call.calleeAttr());
            printer.print("(");
            List<Value> operands = call.operands();
            printer.printOperands(operands);
            printer.print(")");
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : (");
            List<Type> inputs = new ArrayList<>(operands.size());
            for (Value v : operands) inputs.add(v.type());
            printer.printTypes(inputs);
            printer.print(") -> ");
            printer.printFunctionResults(call.resultTypes());
        }
    }
}
