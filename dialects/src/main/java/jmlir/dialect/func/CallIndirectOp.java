package jmlir.dialect.func;

import jmlir.ir.AttrConstraint;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code func.call_indirect}: a call of a function value (its first operand), with operands and
 * results of that function's types. Syntax: {@code call_indirect %f(%a) : (i32) -> i32}.
 */
public final class CallIndirectOp extends Operation {
    public static final String NAME = "func.call_indirect";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("callee", TypeConstraint.FUNCTION)
            .variadicOperand("callee_operands", TypeConstraint.ANY)
            .variadicResult("results", TypeConstraint.ANY)
            .optionalProperty("arg_attrs", AttrConstraint.DICTIONARY_ARRAY, null)
            .optionalProperty("res_attrs", AttrConstraint.DICTIONARY_ARRAY, null)
            .verifier(CallIndirectOp::verifyTypes)
            .canonicalizations(() -> List.of(RewritePattern.of("SimplifyIndirectCallWithKnownCallee", NAME, 1,
                    CallIndirectOp::callKnownCallee)))
            .assembly(new Assembly())
            .factory(CallIndirectOp::new)
            .build();

    public CallIndirectOp(Init init) {
        super(init);
    }

    /** The function value called. */
    public Value callee() {
        return operand(0);
    }

    /** The arguments passed (the operands after the callee). */
    public List<Value> calleeOperands() {
        List<Value> values = new ArrayList<>(numOperands() - 1);
        for (int i = 1; i < numOperands(); i++) values.add(operand(i));
        return values;
    }

    public List<Type> resultTypes() {
        List<Type> types = new ArrayList<>(numResults());
        for (int i = 0; i < numResults(); i++) types.add(result(i).type());
        return types;
    }

    /** A call of a {@code func.constant} becomes a direct {@code func.call} of its function. */
    private static boolean callKnownCallee(Operation op, PatternRewriter rewriter) {
        CallIndirectOp call = (CallIndirectOp) op;
        if (!(call.callee().definingOp() instanceof ConstantOp constant)) return false;
        OperationState state = new OperationState(rewriter.context().operationName(CallOp.NAME), call.location());
        state.operands.addAll(call.calleeOperands());
        state.resultTypes.addAll(call.resultTypes());
        state.properties = DictionaryAttr.sorted(List.of(new NamedAttribute(CallOp.CALLEE, constant.valueAttr())));
        rewriter.replaceOp(call, rewriter.create(state));
        return true;
    }

    private static String verifyTypes(Operation op) {
        CallIndirectOp call = (CallIndirectOp) op;
        FunctionType type = (FunctionType) call.callee().type();
        List<Type> argumentTypes = new ArrayList<>();
        for (Value v : call.calleeOperands()) argumentTypes.add(v.type());
        if (!type.inputs().equals(argumentTypes)) {
            return "failed to verify that callee input types match argument types";
        }
        if (!type.results().equals(call.resultTypes())) {
            return "failed to verify that callee result types match result types";
        }
        return null;
    }

    /** {@code $callee ( $callee_operands ) attr-dict : type($callee)} */
    static final class Assembly implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand callee = parser.parseOperand();
            parser.expect(TokenKind.LPAREN);
            int operandsAt = parser.currentOffset();
            List<UnresolvedOperand> operands = parser.parseOperandList();
            parser.expect(TokenKind.RPAREN);
            parser.parseOptionalAttrDict(state);
            parser.expect(TokenKind.COLON);
            FunctionType type = FuncSyntax.parseFunctionType(parser);
            state.operands.add(parser.resolveOperand(callee, type));
            parser.resolveOperands(operands, type.inputs(), operandsAt, state.operands);
            state.resultTypes.addAll(type.results());
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            CallIndirectOp call = (CallIndirectOp) op;
            printer.print(" ");
            printer.printOperand(call.callee());
            printer.print("(");
            printer.printOperands(call.calleeOperands());
            printer.print(")");
            printer.printOptionalAttrDict(op.allAttributes(), Set.of());
            printer.print(" : ");
            printer.printType(call.callee().type());
        }
    }
}
