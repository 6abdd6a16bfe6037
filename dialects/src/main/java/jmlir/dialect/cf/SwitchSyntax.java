package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypePrinting;
import jmlir.syntax.UnresolvedOperand;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The custom syntax of {@code cf.switch}:
 * <pre>
 * cf.switch %flag : i32, [
 *   default: ^bb1(%a : i32),
 *   42: ^bb2,
 *   43: ^bb3(%b, %c : f32, f32)
 * ]
 * </pre>
 * Case values are read as 64-bit integers and cut to the flag's width; they are written
 * unsigned (and at most 2^64 - 1), as mlir-opt does.
 */
final class SwitchSyntax implements OpAssembly {
    private static final Set<String> ELIDED = Set.of(SwitchOp.CASE_VALUES, SwitchOp.CASE_OPERAND_SEGMENTS,
            "operandSegmentSizes");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A destination with the operands and types written after it. */
    private record Target(Block block, List<UnresolvedOperand> operands, List<Type> types) {
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        UnresolvedOperand flag = parser.parseOperand();
        parser.expect(TokenKind.COLON);
        int typeAt = parser.currentOffset();
        Type flagType = parser.parseType();
        if (!(flagType instanceof IntegerType integer)) {
            throw parser.emitError(typeAt, "invalid kind of type specified: expected builtin.integer, but found '"
                    + TypePrinting.toString(flagType) + "'");
        }
        parser.expect(TokenKind.COMMA);
        parser.expect(TokenKind.LSQUARE);
        // Operand count errors point at the start of the cases, as in mlir-opt.
        int casesAt = parser.currentOffset();
        parser.expectKeyword("default");
        parser.expect(TokenKind.COLON);
        Target defaultTarget = parseTarget(parser);
        List<APInt> values = new ArrayList<>();
        List<Target> cases = new ArrayList<>();
        while (parser.consumeIf(TokenKind.COMMA)) {
            values.add(APInt.of(integer.width(), parseCaseValue(parser)));
            parser.expect(TokenKind.COLON);
            cases.add(parseTarget(parser));
        }
        parser.expect(TokenKind.RSQUARE);
        parser.parseOptionalAttrDict(state);

        state.operands.add(parser.resolveOperand(flag, flagType));
        resolve(parser, defaultTarget, casesAt, state);
        state.successors.add(defaultTarget.block());
        long[] caseSizes = new long[cases.size()];
        long caseTotal = 0;
        for (int i = 0; i < cases.size(); i++) {
            Target c = cases.get(i);
            resolve(parser, c, casesAt, state);
            state.successors.add(c.block());
            caseSizes[i] = c.operands().size();
            caseTotal += caseSizes[i];
        }
        List<NamedAttribute> props = new ArrayList<>(3);
        if (!values.isEmpty()) {
            props.add(new NamedAttribute(SwitchOp.CASE_VALUES, SwitchOp.caseValuesAttr(flagType, values)));
        }
        props.add(new NamedAttribute(SwitchOp.CASE_OPERAND_SEGMENTS, new DenseArrayAttr(IntegerType.I32, caseSizes)));
        props.add(new NamedAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.I32,
                new long[] {1, defaultTarget.operands().size(), caseTotal})));
        state.properties = parser.context().intern(DictionaryAttr.sorted(props));
    }

    /** {@code ^bb} or {@code ^bb(%a, %b : t1, t2)}. */
    private static Target parseTarget(OpAsmParser parser) {
        Block block = parser.parseSuccessor();
        List<UnresolvedOperand> operands = List.of();
        List<Type> types = List.of();
        if (parser.consumeIf(TokenKind.LPAREN)) {
            operands = parser.parseOperandList();
            parser.expect(TokenKind.COLON);
            types = parser.parseTypeList();
            parser.expect(TokenKind.RPAREN);
        }
        return new Target(block, operands, types);
    }

    private static void resolve(OpAsmParser parser, Target target, int at, OperationState state) {
        parser.resolveOperands(target.operands(), target.types(), at, state.operands);
    }

    /**
     * A case value as MLIR's parseInteger into a 64-bit integer reads it: a literal that must fit,
     * or {@code true} / {@code false} (a 1-bit value, so true is -1).
     */
    private static BigInteger parseCaseValue(OpAsmParser parser) {
        int at = parser.currentOffset();
        if (parser.consumeKeywordIf("true")) return BigInteger.ONE.negate();
        if (parser.consumeKeywordIf("false")) return BigInteger.ZERO;
        BigInteger value = parser.parseOptionalInteger();
        if (value == null) throw parser.emitError(at, "expected integer value");
        if (value.bitLength() > 63) throw parser.emitError(at, "integer value too large");
        return value;
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        SwitchOp sw = (SwitchOp) op;
        printer.print(" ");
        printer.printOperand(sw.flag());
        printer.print(" : ");
        printer.printType(sw.flag().type());
        printer.print(", [");
        printer.printNewline();
        printer.print("  default: ");
        printTarget(printer, sw.defaultDestination(), sw.defaultOperands());
        DenseIntOrFloatElementsAttr values = sw.caseValuesAttr();
        if (values != null) {
            for (int i = 0; i < values.type().numElements(); i++) {
                printer.print(",");
                printer.printNewline();
                BigInteger value = SwitchOp.caseValue(values, i).unsigned();
                printer.print("  " + value.min(UINT64_MAX) + ": ");
                printTarget(printer, sw.caseDestination(i), sw.caseOperands(i));
            }
            printer.printNewline();
        }
        printer.print("]");
        printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
    }

    /** MLIR's printSuccessorAndUseList: {@code ^bb(%a, %b : t1, t2)}. */
    private static void printTarget(OpAsmPrinter printer, Block block, List<Value> operands) {
        printer.printSuccessor(block);
        if (operands.isEmpty()) return;
        printer.print("(");
        printer.printOperands(operands);
        printer.print(" : ");
        List<Type> types = new ArrayList<>(operands.size());
        for (Value v : operands) types.add(v.type());
        printer.printTypes(types);
        printer.print(")");
    }
}
