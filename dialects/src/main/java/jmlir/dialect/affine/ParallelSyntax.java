package jmlir.dialect.affine;

import jmlir.ir.AffineConstantExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.NoneType;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.RankedTensorType;
import jmlir.ir.StringAttr;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom syntax of {@code affine.parallel}:
 * {@code (%ivs) = (lower, ...) to (upper, ...) (step (c, ...))? (reduce ("kind", ...) -> (types))? region attr-dict},
 * where each bound is an affine expression of SSA values or {@code max(...)} / {@code min(...)} of several.
 */
final class ParallelSyntax implements OpAssembly {
    private static final Set<String> ELIDED = Set.of(ParallelOp.REDUCTIONS, ParallelOp.LOWER_BOUNDS_MAP,
            ParallelOp.LOWER_BOUNDS_GROUPS, ParallelOp.UPPER_BOUNDS_MAP, ParallelOp.UPPER_BOUNDS_GROUPS,
            ParallelOp.STEPS);

    /** One side's bounds: a map over all its operands, and how many of its results each loop takes. */
    private record Bounds(AffineMap map, long[] groups) {
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        List<OpAsmParser.Argument> ivs = new ArrayList<>();
        parser.expect(TokenKind.LPAREN, "expected '(' in argument list");
        if (!parser.consumeIf(TokenKind.RPAREN)) {
            do {
                OpAsmParser.Argument a = parser.parseArgument(false, false);
                ivs.add(new OpAsmParser.Argument(a.name(), IndexType.INSTANCE, a.attributes(), a.location()));
            } while (parser.consumeIf(TokenKind.COMMA));
            parser.expect(TokenKind.RPAREN, "expected ')' in argument list");
        }
        parser.expect(TokenKind.EQUAL, "expected '='");
        Bounds lower = parseBounds(parser, state, "max");
        parser.expectKeyword("to");
        Bounds upper = parseBounds(parser, state, "min");

        List<Long> steps = new ArrayList<>();
        if (parser.consumeKeywordIf("step")) {
            AffineMap stepsMap = parser.parseAffineMapOfSsaIds(new ArrayList<>(), TokenKind.LPAREN, TokenKind.RPAREN);
            for (AffineExpr e : stepsMap.results()) {
                if (!(e instanceof AffineConstantExpr c)) {
                    throw parser.emitError(parser.nameOffset(), "steps must be constant integers");
                }
                steps.add(c.value());
            }
        } else {
            for (int i = 0; i < ivs.size(); i++) steps.add(1L);
        }

        List<Attribute> reductions = new ArrayList<>();
        if (parser.consumeKeywordIf("reduce")) {
            parser.expect(TokenKind.LPAREN, "expected '('");
            do {
                int at = parser.currentOffset();
                Attribute attr = parser.parseAttribute(NoneType.INSTANCE);
                if (!(attr instanceof StringAttr s)) throw parser.emitError(at, "invalid kind of attribute specified");
                int kind = ParallelOp.REDUCTION_KINDS.indexOf(s.value());
                if (kind < 0) throw parser.emitError(at, "invalid reduction value: \"" + s.value() + "\"");
                reductions.add(IntegerAttr.of(IntegerType.I64, kind));
            } while (parser.consumeIf(TokenKind.COMMA));
            parser.expect(TokenKind.RPAREN, "expected ')'");
        }
        if (parser.consumeIf(TokenKind.ARROW)) state.resultTypes.addAll(parser.parseFunctionResultTypes());

        jmlir.ir.Context context = parser.context();
        state.properties = DictionaryAttr.sorted(List.of(
                new NamedAttribute(ParallelOp.REDUCTIONS, new ArrayAttr(reductions)),
                new NamedAttribute(ParallelOp.LOWER_BOUNDS_MAP, context.intern(new AffineMapAttr(lower.map()))),
                new NamedAttribute(ParallelOp.LOWER_BOUNDS_GROUPS, groupsAttr(lower.groups())),
                new NamedAttribute(ParallelOp.UPPER_BOUNDS_MAP, context.intern(new AffineMapAttr(upper.map()))),
                new NamedAttribute(ParallelOp.UPPER_BOUNDS_GROUPS, groupsAttr(upper.groups())),
                new NamedAttribute(ParallelOp.STEPS, ParallelOp.stepsAttr(steps))));

        List<Block> blocks = parser.parseRegion(ivs, false);
        parser.parseOptionalAttrDict(state);
        AffineOpSyntax.ensureTerminator(parser, blocks);
        state.addRegion().addAll(blocks);
    }

    private static DenseIntOrFloatElementsAttr groupsAttr(long[] groups) {
        return DenseIntOrFloatElementsAttr.ofLongs(
                new RankedTensorType(new long[]{groups.length}, IntegerType.I32, null), groups);
    }

    /**
     * {@code (b, max(b1, b2), ...)}: each bound one expression of SSA values or a group of them;
     * the operands of all of them, told apart once each, resolve into the state's operands
     * (dimensions first).
     */
    private static Bounds parseBounds(OpAsmParser parser, OperationState state, String keyword) {
        parser.expect(TokenKind.LPAREN, "expected '('");
        if (parser.consumeIf(TokenKind.RPAREN)) return new Bounds(AffineMap.empty(), new long[0]);
        List<AffineExpr> exprs = new ArrayList<>();
        List<List<UnresolvedOperand>> exprDims = new ArrayList<>();
        List<List<UnresolvedOperand>> exprSymbols = new ArrayList<>();
        List<Long> groups = new ArrayList<>();
        do {
            if (parser.consumeKeywordIf(keyword)) {
                List<UnresolvedOperand> operands = new ArrayList<>();
                AffineMap map = parser.parseAffineMapOfSsaIds(operands, TokenKind.LPAREN, TokenKind.RPAREN);
                List<UnresolvedOperand> dims = operands.subList(0, map.numDims());
                List<UnresolvedOperand> symbols = operands.subList(map.numDims(), operands.size());
                for (AffineExpr e : map.results()) {
                    exprs.add(e);
                    exprDims.add(dims);
                    exprSymbols.add(symbols);
                }
                groups.add((long) map.numResults());
            } else {
                List<UnresolvedOperand> dims = new ArrayList<>();
                List<UnresolvedOperand> symbols = new ArrayList<>();
                exprs.add(parser.parseAffineExprOfSsaIds(dims, symbols));
                exprDims.add(dims);
                exprSymbols.add(symbols);
                groups.add(1L);
            }
        } while (parser.consumeIf(TokenKind.COMMA));
        parser.expect(TokenKind.RPAREN, "expected ')'");

        // Number each distinct value once across all expressions, in order of first use.
        List<UnresolvedOperand> dims = new ArrayList<>();
        List<UnresolvedOperand> symbols = new ArrayList<>();
        Map<String, Integer> dimIndex = new HashMap<>();
        Map<String, Integer> symbolIndex = new HashMap<>();
        List<AffineExpr> merged = new ArrayList<>(exprs.size());
        for (int i = 0; i < exprs.size(); i++) {
            List<AffineExpr> dimRemap = remap(exprDims.get(i), dims, dimIndex, true);
            List<AffineExpr> symbolRemap = remap(exprSymbols.get(i), symbols, symbolIndex, false);
            merged.add(exprs.get(i).replaceDimsAndSymbols(dimRemap, symbolRemap));
        }
        AffineOpSyntax.resolveIndices(parser, dims, state.operands);
        AffineOpSyntax.resolveIndices(parser, symbols, state.operands);
        long[] sizes = new long[groups.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = groups.get(i);
        return new Bounds(AffineMap.get(dims.size(), symbols.size(), merged), sizes);
    }

    private static List<AffineExpr> remap(List<UnresolvedOperand> local, List<UnresolvedOperand> all,
                                          Map<String, Integer> index, boolean isDim) {
        List<AffineExpr> remap = new ArrayList<>(local.size());
        for (UnresolvedOperand o : local) {
            String key = o.name() + "#" + o.number();
            Integer position = index.get(key);
            if (position == null) {
                position = all.size();
                all.add(o);
                index.put(key, position);
            }
            remap.add(isDim ? AffineExpr.dim(position) : AffineExpr.symbol(position));
        }
        return remap;
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        ParallelOp p = (ParallelOp) op;
        printer.print(" (");
        printer.printOperands(new ArrayList<Value>(p.inductionVars()));
        printer.print(") = (");
        printBounds(printer, p.lowerBoundsMap(), p.lowerBoundsGroups(), p.lowerBoundsOperands(), "max");
        printer.print(") to (");
        printBounds(printer, p.upperBoundsMap(), p.upperBoundsGroups(), p.upperBoundsOperands(), "min");
        printer.print(")");
        long[] steps = p.steps();
        boolean unit = true;
        for (long s : steps) unit &= s == 1;
        if (!unit) {
            StringBuilder sb = new StringBuilder(" step (");
            for (int i = 0; i < steps.length; i++) sb.append(i > 0 ? ", " : "").append(steps[i]);
            printer.print(sb.append(')').toString());
        }
        if (op.numResults() > 0) {
            StringBuilder sb = new StringBuilder(" reduce (");
            List<Attribute> reductions = p.reductions();
            for (int i = 0; i < reductions.size(); i++) {
                long kind = ((IntegerAttr) reductions.get(i)).value();
                sb.append(i > 0 ? ", " : "").append('"').append(ParallelOp.REDUCTION_KINDS.get((int) kind)).append('"');
            }
            printer.print(sb.append(") -> (").toString());
            List<Type> types = new ArrayList<>(op.numResults());
            for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
            printer.printTypes(types);
            printer.print(")");
        }
        printer.print(" ");
        printer.printRegion(op.region(0), false, op.numResults() > 0);
        printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
    }

    /** Each loop's bound: its one expression, or {@code max(...)} / {@code min(...)} of its group. */
    private static void printBounds(OpAsmPrinter printer, AffineMap map, long[] groups, List<Value> operands,
                                    String keyword) {
        int start = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) printer.print(", ");
            int size = (int) groups[g];
            AffineMap slice = map.subMap(start, size);
            if (size == 1) {
                AffineOpSyntax.printMapOfSsaIds(printer, slice, operands);
            } else {
                printer.print(keyword + "(");
                AffineOpSyntax.printMapOfSsaIds(printer, slice, operands);
                printer.print(")");
            }
            start += size;
        }
    }
}
