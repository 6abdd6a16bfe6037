package jmlir.dialect.affine;

import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AffineSymbolExpr;
import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FoldResult;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The fold hook and canonicalization patterns of {@code affine.min} and {@code affine.max}, as in MLIR. */
final class MinMaxPatterns {
    private MinMaxPatterns() {
    }

    /** MLIR's patterns, in its order. */
    static List<RewritePattern> patterns(String opName) {
        return List.of(
                RewritePattern.of("CanonicalizeSingleResultAffineMinMaxOp", opName, 1, MinMaxPatterns::singleResult),
                RewritePattern.of("DeduplicateAffineMinMaxExpressions", opName, 1, MinMaxPatterns::deduplicate),
                RewritePattern.of("MergeAffineMinMaxOp", opName, 1, MinMaxPatterns::merge),
                SimplifyAffineOp.pattern(opName, 0),
                RewritePattern.of("CanonicalizeAffineMinMaxOpExprAndTermOrder", opName, 1, MinMaxPatterns::order));
    }

    /**
     * Results that fold to constants are replaced by them; when all do, the op folds to their
     * least (min) or greatest (max); a map {@code (d0)[s0] -> (d0)} folds to the first operand
     * (as MLIR's isSymbolIdentity decides).
     */
    static FoldResult fold(Operation op, Attribute[] constants) {
        MinMaxOp minMax = (MinMaxOp) op;
        AffineMap map = minMax.map();
        List<AffineExpr> exprs = new ArrayList<>(map.numResults());
        List<Long> values = new ArrayList<>();
        boolean allConstant = true;
        for (AffineExpr e : map.results()) {
            Long v = constantFold(e, map.numDims(), constants);
            exprs.add(v == null ? e : AffineExpr.constant(v));
            if (v == null) allConstant = false;
            else if (allConstant) values.add(v);
        }
        AffineMap folded = AffineMap.get(map.numDims(), map.numSymbols(), exprs);
        if (folded.numSymbols() == 1 && folded.numResults() == 1 && folded.result(0) instanceof AffineDimExpr d
                && d.position() == 0) {
            return op.operand(0);
        }
        if (!allConstant || values.isEmpty()) {
            if (folded.equals(map)) return null;
            op.setProperties(withMap(folded, null));
            return op.result(0);
        }
        long result = values.getFirst();
        for (long v : values) result = minMax.isMin() ? Math.min(result, v) : Math.max(result, v);
        return IntegerAttr.of(IndexType.INSTANCE, result);
    }

    /** The value of {@code e} when every input it uses is a constant integer; null otherwise. */
    private static Long constantFold(AffineExpr e, int numDims, Attribute[] constants) {
        boolean[] known = {true};
        e.walk(leaf -> {
            int at = leaf instanceof AffineDimExpr d ? d.position()
                    : leaf instanceof AffineSymbolExpr s ? numDims + s.position() : -1;
            if (at >= 0 && !(constants[at] instanceof IntegerAttr)) known[0] = false;
        });
        if (!known[0]) return null;
        List<AffineExpr> dims = new ArrayList<>();
        List<AffineExpr> symbols = new ArrayList<>();
        for (int i = 0; i < constants.length; i++) {
            AffineExpr c = constants[i] instanceof IntegerAttr a ? AffineExpr.constant(a.value())
                    : i < numDims ? AffineExpr.dim(i) : AffineExpr.symbol(i - numDims);
            (i < numDims ? dims : symbols).add(c);
        }
        return e.replaceDimsAndSymbols(dims, symbols) instanceof jmlir.ir.AffineConstantExpr c ? c.value() : null;
    }

    /** The properties of a min or max of {@code map}; the map attribute is interned when a context is given. */
    private static DictionaryAttr withMap(AffineMap map, jmlir.ir.Context context) {
        AffineMapAttr attr = new AffineMapAttr(map);
        return DictionaryAttr.sorted(List.of(new NamedAttribute(MinMaxOp.MAP,
                context == null ? attr : context.intern(attr))));
    }

    /** Replaces {@code op} by a new op of {@code name} applying {@code map} to {@code operands}. */
    private static void replace(Operation op, PatternRewriter rewriter, String name, AffineMap map,
                                List<Value> operands) {
        OperationState state = new OperationState(rewriter.context().operationName(name), op.location());
        state.operands.addAll(operands);
        state.resultTypes.add(IndexType.INSTANCE);
        state.properties = withMap(map, rewriter.context());
        rewriter.setInsertionPoint(op);
        rewriter.replaceOp(op, rewriter.create(state));
    }

    private static List<Value> operands(Operation op) {
        return AffineOpSyntax.operands(op, 0, op.numOperands());
    }

    /** A min or max of one result is that result: an affine.apply. */
    private static boolean singleResult(Operation op, PatternRewriter rewriter) {
        AffineMap map = ((MinMaxOp) op).map();
        if (map.numResults() != 1) return false;
        replace(op, rewriter, ApplyOp.NAME, map, operands(op));
        return true;
    }

    /** Repeated results count once. */
    private static boolean deduplicate(Operation op, PatternRewriter rewriter) {
        AffineMap map = ((MinMaxOp) op).map();
        List<AffineExpr> unique = new ArrayList<>();
        for (AffineExpr e : map.results()) if (!unique.contains(e)) unique.add(e);
        if (unique.size() == map.numResults()) return false;
        replace(op, rewriter, op.name().name(), AffineMap.get(map.numDims(), map.numSymbols(), unique), operands(op));
        return true;
    }

    /** A result that is a lone dimension or symbol bound to an op of the same kind takes that op's results. */
    private static boolean merge(Operation op, PatternRewriter rewriter) {
        AffineMap map = ((MinMaxOp) op).map();
        List<Value> all = operands(op);
        List<Value> dims = new ArrayList<>(all.subList(0, map.numDims()));
        List<Value> symbols = new ArrayList<>(all.subList(map.numDims(), all.size()));
        List<AffineExpr> exprs = new ArrayList<>();
        List<MinMaxOp> producers = new ArrayList<>();
        for (AffineExpr e : map.results()) {
            Value v = e instanceof AffineSymbolExpr s ? symbols.get(s.position())
                    : e instanceof AffineDimExpr d ? dims.get(d.position()) : null;
            if (v != null && v.definingOp() instanceof MinMaxOp producer && producer.name().equals(op.name())) {
                producers.add(producer);
                continue;
            }
            exprs.add(e);
        }
        if (producers.isEmpty()) return false;
        int usedDims = map.numDims();
        int usedSymbols = map.numSymbols();
        for (MinMaxOp producer : producers) {
            AffineMap pm = producer.map();
            List<Value> pOperands = operands(producer);
            dims.addAll(pOperands.subList(0, pm.numDims()));
            symbols.addAll(pOperands.subList(pm.numDims(), pOperands.size()));
            for (AffineExpr e : pm.results()) {
                exprs.add(e.shiftDims(pm.numDims(), usedDims).shiftSymbols(pm.numSymbols(), usedSymbols));
            }
            usedDims += pm.numDims();
            usedSymbols += pm.numSymbols();
        }
        List<Value> newOperands = new ArrayList<>(dims);
        newOperands.addAll(symbols);
        replace(op, rewriter, op.name().name(), AffineMap.get(usedDims, usedSymbols, exprs), newOperands);
        return true;
    }

    /** Results sorted by their flattened forms (coefficients of dimensions, symbols, then the constant). */
    private static boolean order(Operation op, PatternRewriter rewriter) {
        AffineMap map = ((MinMaxOp) op).map();
        List<long[]> flat = new ArrayList<>();
        for (AffineExpr e : map.results()) {
            if (!e.isPureAffine()) return false;
            long[] f = AffineFlattener.linearForm(e, map.numDims(), map.numSymbols());
            if (f == null) return false;
            flat.add(f);
        }
        Comparator<long[]> lexicographic = Arrays::compare;
        boolean sorted = true;
        for (int i = 1; i < flat.size(); i++) sorted &= lexicographic.compare(flat.get(i - 1), flat.get(i)) <= 0;
        if (sorted) return false;
        Integer[] permutation = new Integer[flat.size()];
        for (int i = 0; i < permutation.length; i++) permutation[i] = i;
        Arrays.sort(permutation, (a, b) -> lexicographic.compare(flat.get(a), flat.get(b)));
        List<AffineExpr> exprs = new ArrayList<>();
        for (int i : permutation) exprs.add(map.result(i));
        replace(op, rewriter, op.name().name(), AffineMap.get(map.numDims(), map.numSymbols(), exprs), operands(op));
        return true;
    }
}
