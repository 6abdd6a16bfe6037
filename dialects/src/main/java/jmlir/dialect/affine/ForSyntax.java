package jmlir.dialect.affine;

import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AffineSymbolExpr;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The custom syntax of {@code affine.for}:
 * {@code %iv = lower to upper (step c)? (iter_args(%a = %init, ...) -> (types))? region attr-dict},
 * where a bound is a constant, an SSA value (a symbol), or an affine map with its operands,
 * prefixed by {@code max} (lower) or {@code min} (upper) when the map has several results.
 */
final class ForSyntax implements OpAssembly {
    private static final Set<String> ELIDED = Set.of(ForOp.LOWER_BOUND_MAP, ForOp.UPPER_BOUND_MAP, ForOp.STEP,
            ForOp.SEGMENTS);

    /** A parsed bound: its map and how many operands it added. */
    private record Bound(AffineMap map, int numOperands) {
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        OpAsmParser.Argument iv = parser.parseArgument(false, false);
        parser.expect(TokenKind.EQUAL, "expected '='");
        Bound lower = parseBound(parser, state, true);
        if (!parser.atKeyword("to")) throw parser.emitError(parser.currentOffset(), "expected 'to' between bounds");
        parser.expectKeyword("to");
        Bound upper = parseBound(parser, state, false);

        long step = 1;
        if (parser.consumeKeywordIf("step")) {
            int at = parser.currentOffset();
            Attribute attr = parser.parseAttribute(IndexType.INSTANCE);
            if (!(attr instanceof IntegerAttr stepAttr)) {
                throw parser.emitError(at, "invalid kind of attribute specified");
            }
            if (stepAttr.value() < 0) {
                throw parser.emitError(at, "expected step to be representable as a positive signed integer");
            }
            step = stepAttr.value();
        }

        List<OpAsmParser.Argument> regionArgs = new ArrayList<>();
        regionArgs.add(new OpAsmParser.Argument(iv.name(), IndexType.INSTANCE, iv.attributes(), iv.location()));
        List<UnresolvedOperand> inits = new ArrayList<>();
        if (parser.consumeKeywordIf("iter_args")) {
            List<OpAsmParser.Argument> iterArgs = new ArrayList<>();
            parser.expect(TokenKind.LPAREN, "expected '('");
            do {
                iterArgs.add(parser.parseArgument(false, false));
                parser.expect(TokenKind.EQUAL, "expected '='");
                inits.add(parser.parseOperand());
            } while (parser.consumeIf(TokenKind.COMMA));
            parser.expect(TokenKind.RPAREN, "expected ')'");
            parser.expect(TokenKind.ARROW, "expected '->'");
            state.resultTypes.addAll(parser.parseFunctionResultTypes());
            int n = Math.min(iterArgs.size(), state.resultTypes.size());
            for (int i = 0; i < n; i++) {
                Type type = state.resultTypes.get(i);
                OpAsmParser.Argument a = iterArgs.get(i);
                regionArgs.add(new OpAsmParser.Argument(a.name(), type, a.attributes(), a.location()));
                state.operands.add(parser.resolveOperand(inits.get(i), type));
            }
            for (int i = n; i < iterArgs.size(); i++) regionArgs.add(iterArgs.get(i));
        }
        state.properties = ForOp.properties(parser.context(), lower.map(), upper.map(), step, lower.numOperands(),
                upper.numOperands(), inits.size());
        if (regionArgs.size() != state.resultTypes.size() + 1) {
            throw parser.emitError(parser.nameOffset(),
                    "mismatch between the number of loop-carried values and results");
        }
        List<Block> blocks = parser.parseRegion(regionArgs, false);
        AffineOpSyntax.ensureTerminator(parser, blocks);
        state.addRegion().addAll(blocks);
        parser.parseOptionalAttrDict(state);
    }

    private static Bound parseBound(OpAsmParser parser, OperationState state, boolean isLower) {
        boolean minMax = parser.consumeKeywordIf(isLower ? "max" : "min");
        if (parser.atOperand()) {
            List<UnresolvedOperand> operands = parser.parseOperandList();
            if (operands.size() > 1) {
                throw parser.emitError(parser.nameOffset(), "expected only one loop bound operand");
            }
            state.operands.add(parser.resolveOperand(operands.getFirst(), IndexType.INSTANCE));
            return new Bound(AffineMap.get(0, 1, AffineExpr.symbol(0)), 1);
        }
        int attrAt = parser.currentOffset();
        Attribute attr = parser.parseAttribute(IndexType.INSTANCE);
        if (attr instanceof AffineMapAttr mapAttr) {
            int before = state.operands.size();
            int numDims = AffineOpSyntax.parseDimAndSymbolList(parser, state.operands);
            AffineMap map = mapAttr.map();
            if (map.numDims() != numDims) {
                throw parser.emitError(parser.nameOffset(), "dim operand count and affine map dim count must match");
            }
            int count = state.operands.size() - before;
            if (numDims + map.numSymbols() != count) {
                throw parser.emitError(parser.nameOffset(),
                        "symbol operand count and affine map symbol count must match");
            }
            if (map.numResults() > 1 && !minMax) {
                throw parser.emitError(attrAt, isLower
                        ? "lower loop bound affine map with multiple results requires 'max' prefix"
                        : "upper loop bound affine map with multiple results requires 'min' prefix");
            }
            return new Bound(map, count);
        }
        if (attr instanceof IntegerAttr constant) {
            return new Bound(AffineMap.constant(constant.value()), 0);
        }
        throw parser.emitError(parser.nameOffset(), "expected valid affine map representation for loop bounds");
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        ForOp loop = (ForOp) op;
        printer.print(" ");
        printer.printRegionArgumentName(loop.inductionVar());
        printer.print(" = ");
        printBound(printer, op.property(ForOp.LOWER_BOUND_MAP), loop.lowerBoundOperands(), "max");
        printer.print(" to ");
        printBound(printer, op.property(ForOp.UPPER_BOUND_MAP), loop.upperBoundOperands(), "min");
        if (loop.step() != 1) printer.print(" step " + loop.step());
        List<Value> inits = loop.inits();
        boolean printTerminators = false;
        if (!inits.isEmpty()) {
            printer.print(" iter_args(");
            List<? extends Value> iterArgs = loop.regionIterArgs();
            int n = Math.min(iterArgs.size(), inits.size());
            for (int i = 0; i < n; i++) {
                if (i > 0) printer.print(", ");
                printer.printOperand(iterArgs.get(i));
                printer.print(" = ");
                printer.printOperand(inits.get(i));
            }
            printer.print(") -> (");
            List<Type> types = new ArrayList<>(op.numResults());
            for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
            printer.printTypes(types);
            printer.print(")");
            printTerminators = true;
        }
        printer.print(" ");
        printer.printRegion(op.region(0), false, printTerminators);
        printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
    }

    /** A constant, a lone symbol operand, or {@code [min|max ]#map(dims)[symbols]}. */
    private static void printBound(OpAsmPrinter printer, Attribute mapAttr, List<Value> operands, String prefix) {
        AffineMap map = ((AffineMapAttr) mapAttr).map();
        if (map.numResults() == 1) {
            if (ForOp.isConstantBound(map)) {
                printer.print(Long.toString(map.singleConstantResult()));
                return;
            }
            if (map.numDims() == 0 && map.numSymbols() == 1 && map.result(0) instanceof AffineSymbolExpr
                    && !operands.isEmpty()) {
                printer.printOperand(operands.getFirst());
                return;
            }
        } else {
            printer.print(prefix + " ");
        }
        printer.printAttribute(mapAttr);
        AffineOpSyntax.printDimAndSymbolList(printer, operands, map.numDims());
    }
}
