package jmlir.dialect.func;

import jmlir.ir.Diagnostic;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
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
 * {@code func.return}: ends a function's block, returning values of the function's result
 * types. Syntax: {@code return {attrs} %a, %b : i32, f32}.
 */
public final class ReturnOp extends Operation {
    public static final String NAME = "func.return";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .traits(Trait.TERMINATOR, Trait.PURE)
            .parents(FuncOp.NAME)
            .diagnosticVerifier(ReturnOp::verify)
            .assembly(new Assembly())
            .factory(ReturnOp::new)
            .build();

    public ReturnOp(Init init) {
        super(init);
    }

    /** The returned values. */
    public List<Value> operands() {
        List<Value> values = new ArrayList<>(numOperands());
        for (int i = 0; i < numOperands(); i++) values.add(operand(i));
        return values;
    }

    /** The function this op returns from. */
    public FuncOp function() {
        return (FuncOp) parentOp();
    }

    private static Diagnostic verify(Operation op) {
        FuncOp function = (FuncOp) op.parentOp();
        List<Type> results = function.resultTypes();
        if (op.numOperands() != results.size()) {
            return Diagnostic.opError(op, "has " + op.numOperands() + " operands, but enclosing function (@"
                    + function.symName() + ") returns " + results.size());
        }
        for (int i = 0; i < results.size(); i++) {
            Type type = op.operand(i).type();
            if (!type.equals(results.get(i))) {
                return Diagnostic.error(op, "type of return operand " + i + " ('" + TypePrinting.toString(type)
                        + "') doesn't match function result type ('" + TypePrinting.toString(results.get(i))
                        + "') in function @" + function.symName());
            }
        }
        return null;
    }

    /** {@code attr-dict ($operands^ : type($operands))?} */
    static final class Assembly implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            parser.parseOptionalAttrDict(state);
            if (!parser.atOperand()) return;
            int operandsAt = parser.currentOffset();
            List<UnresolvedOperand> operands = parser.parseOperandList();
            parser.expect(TokenKind.COLON);
            List<Type> types = parser.parseTypeList();
            parser.resolveOperands(operands, types, operandsAt, state.operands);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            printer.printOptionalAttrDict(op.attributes().entries(), Set.of());
            if (op.numOperands() == 0) return;
            ReturnOp ret = (ReturnOp) op;
            List<Value> operands = ret.operands();
            printer.print(" ");
            printer.printOperands(operands);
            printer.print(" : ");
            List<Type> types = new ArrayList<>(operands.size());
            for (Value v : operands) types.add(v.type());
            printer.printTypes(types);
        }
    }
}
