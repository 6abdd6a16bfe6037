package jmlir.syntax;

import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code unrealized_conversion_cast %a, %b : i64, i64 to f32 {attrs}}: the custom syntax of
 * {@code builtin.unrealized_conversion_cast} (operands and their types only when there are any).
 */
public final class UnrealizedConversionCastSyntax implements OpAssembly {
    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        List<UnresolvedOperand> operands = List.of();
        List<Type> operandTypes = List.of();
        int operandsAt = parser.currentOffset();
        if (parser.atOperand()) {
            operands = parser.parseOperandList();
            parser.expect(TokenKind.COLON);
            operandTypes = parser.parseTypeList();
        }
        parser.expectKeyword("to");
        state.resultTypes.addAll(parser.parseTypeList());
        parser.parseOptionalAttrDict(state);
        parser.resolveOperands(operands, operandTypes, operandsAt, state.operands);
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        if (op.numOperands() > 0) {
            List<Value> operands = new ArrayList<>(op.numOperands());
            List<Type> types = new ArrayList<>(op.numOperands());
            for (int i = 0; i < op.numOperands(); i++) {
                operands.add(op.operand(i));
                types.add(op.operand(i).type());
            }
            printer.print(" ");
            printer.printOperands(operands);
            printer.print(" : ");
            printer.printTypes(types);
        }
        printer.print(" to ");
        List<Type> results = new ArrayList<>(op.numResults());
        for (int i = 0; i < op.numResults(); i++) results.add(op.result(i).type());
        printer.printTypes(results);
        printer.printOptionalAttrDict(op.attributes().entries(), Set.of());
    }
}
