package jmlir.dialect.affine;

import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.Attribute;
import jmlir.ir.BlockArgument;
import jmlir.ir.FoldResult;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.rewrite.Folding;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.List;

/** The fold hook and canonicalization pattern of {@code affine.for}, as in MLIR. */
final class ForFolds {
    private ForFolds() {
    }

    /**
     * Bounds whose operands are all constants become constants; bound maps and operands are
     * composed with affine.apply producers and canonicalized in place; a loop that runs zero
     * times folds to its inits.
     */
    static boolean fold(Operation op, Attribute[] constants, List<FoldResult> results) {
        ForOp loop = (ForOp) op;
        boolean folded = foldConstantBound(loop, true);
        folded |= foldConstantBound(loop, false);
        folded |= canonicalizeBounds(loop);
        if (loop.constantTripCount() == 0 && op.numResults() > 0) {
            results.addAll(loop.inits());
            return true;
        }
        return folded;
    }

    private static boolean foldConstantBound(ForOp loop, boolean lower) {
        AffineMap map = lower ? loop.lowerBoundMap() : loop.upperBoundMap();
        if (map.isSingleConstant()) return false;
        List<Value> operands = lower ? loop.lowerBoundOperands() : loop.upperBoundOperands();
        List<AffineExpr> dims = new ArrayList<>();
        List<AffineExpr> symbols = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            if (!(Folding.constantValue(operands.get(i)) instanceof IntegerAttr c)) return false;
            (i < map.numDims() ? dims : symbols).add(AffineExpr.constant(c.value()));
        }
        Long best = null;
        for (AffineExpr e : map.results()) {
            if (!(e.replaceDimsAndSymbols(dims, symbols) instanceof jmlir.ir.AffineConstantExpr c)) return false;
            best = best == null ? c.value() : lower ? Math.max(best, c.value()) : Math.min(best, c.value());
        }
        if (best == null) return false;
        setBound(loop, lower, AffineMap.constant(best), List.of());
        return true;
    }

    /** MLIR's canonicalizeLoopBounds; false when nothing changes or a map is not pure affine. */
    private static boolean canonicalizeBounds(ForOp loop) {
        AffineMap prevLower = loop.lowerBoundMap();
        AffineMap prevUpper = loop.upperBoundMap();
        MapCanonicalizer lower = new MapCanonicalizer(prevLower, loop.lowerBoundOperands());
        MapCanonicalizer upper = new MapCanonicalizer(prevUpper, loop.upperBoundOperands());
        if (!lower.compose()) return false;
        lower.canonicalize();
        lower.map = OperandBounds.simplifyMinOrMax(lower.map, lower.operands, true);
        upper.map = OperandBounds.simplifyMinOrMax(upper.map, upper.operands, false);
        lower.map = withoutDuplicates(lower.map);
        if (!upper.compose()) return false;
        upper.canonicalize();
        upper.map = withoutDuplicates(upper.map);
        if (lower.map.equals(prevLower) && upper.map.equals(prevUpper)) return false;
        List<Value> upperOperands = upper.map.equals(prevUpper) ? loop.upperBoundOperands() : upper.operands;
        if (!lower.map.equals(prevLower)) setBound(loop, true, lower.map, lower.operands);
        if (!upper.map.equals(prevUpper)) setBound(loop, false, upper.map, upperOperands);
        return true;
    }

    private static AffineMap withoutDuplicates(AffineMap map) {
        List<AffineExpr> unique = new ArrayList<>();
        for (AffineExpr e : map.results()) if (!unique.contains(e)) unique.add(e);
        return AffineMap.get(map.numDims(), map.numSymbols(), unique);
    }

    /** Replaces one bound's map and operands in place. */
    private static void setBound(ForOp loop, boolean lower, AffineMap map, List<Value> boundOperands) {
        List<Value> lowerOperands = lower ? boundOperands : loop.lowerBoundOperands();
        List<Value> upperOperands = lower ? loop.upperBoundOperands() : boundOperands;
        List<Value> inits = loop.inits();
        List<Value> all = new ArrayList<>(lowerOperands);
        all.addAll(upperOperands);
        all.addAll(inits);
        AffineMap lowerMap = lower ? map : loop.lowerBoundMap();
        AffineMap upperMap = lower ? loop.upperBoundMap() : map;
        loop.setProperties(ForOp.properties(null, lowerMap, upperMap,
                loop.step(), lowerOperands.size(), upperOperands.size(), inits.size()));
        loop.setOperands(all);
    }

    static RewritePattern emptyLoopFolder() {
        return RewritePattern.of("AffineForEmptyLoopFolder", ForOp.NAME, 1, ForFolds::foldEmptyLoop);
    }

    /** A loop whose body only yields folds to what it would yield, where that is known. */
    private static boolean foldEmptyLoop(Operation op, PatternRewriter rewriter) {
        ForOp loop = (ForOp) op;
        if (loop.body().size() != 1 || op.numResults() == 0) return false;
        long trips = loop.constantTripCount();
        if (trips == 0) {
            rewriter.replaceOp(op, loop.inits());
            return true;
        }
        Operation yield = loop.body().last();
        List<BlockArgument> iterArgs = loop.regionIterArgs();
        List<Value> inits = loop.inits();
        List<Value> replacements = new ArrayList<>();
        boolean definedOutside = false;
        boolean outOfOrder = false;
        for (int i = 0; i < yield.numOperands(); i++) {
            Value v = yield.operand(i);
            int pos = iterArgs.indexOf(v);
            if (pos < 0) {
                definedOutside = true;
                replacements.add(v);
            } else {
                if (pos != i) outOfOrder = true;
                replacements.add(inits.get(pos));
            }
        }
        if (trips < 0 && (definedOutside || outOfOrder)) return false;
        if (trips >= 2 && outOfOrder) return false;
        rewriter.replaceOp(op, replacements);
        return true;
    }
}
