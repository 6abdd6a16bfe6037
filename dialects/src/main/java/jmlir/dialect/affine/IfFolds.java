package jmlir.dialect.affine;

import jmlir.ir.AffineConstantExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FoldResult;
import jmlir.ir.IntegerSet;
import jmlir.ir.IntegerSetAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.List;

/** The fold hook and canonicalization patterns of {@code affine.if}, as in MLIR. */
final class IfFolds {
    private IfFolds() {
    }

    static List<RewritePattern> patterns() {
        return List.of(RewritePattern.of("SimplifyDeadElse", IfOp.NAME, 1, IfFolds::removeDeadElse),
                RewritePattern.of("AlwaysTrueOrFalseIf", IfOp.NAME, 1, IfFolds::inlineKnownBranch));
    }

    /**
     * The condition's affine.apply producers are composed in and the set and its operands
     * canonicalized, in place.
     */
    static boolean fold(Operation op, Attribute[] constants, List<FoldResult> results) {
        IfOp ifOp = (IfOp) op;
        IntegerSet set = ifOp.integerSet();
        List<Value> operands = AffineOpSyntax.operands(op, 0, op.numOperands());
        // The constraints are treated as the results of a map.
        MapCanonicalizer c = new MapCanonicalizer(AffineMap.get(set.numDims(), set.numSymbols(), set.constraints()),
                operands);
        boolean composes = false;
        for (Value v : operands) composes |= v.definingOp() instanceof ApplyOp;
        if (composes && !c.compose()) return false;
        c.canonicalize();
        IntegerSet canonical = IntegerSet.get(c.map.numDims(), c.map.numSymbols(), c.map.results(), set.eqFlags());
        if (canonical.equals(set) && c.operands.equals(operands)) return false;
        op.setProperties(DictionaryAttr.sorted(
                List.of(new NamedAttribute(IfOp.CONDITION, new IntegerSetAttr(canonical)))));
        op.setOperands(c.operands);
        return true;
    }

    /** An else region holding only its terminator is dropped (when the op has no results). */
    private static boolean removeDeadElse(Operation op, PatternRewriter rewriter) {
        IfOp ifOp = (IfOp) op;
        if (!ifOp.hasElse() || ifOp.elseRegion().entryBlock().size() != 1 || op.numResults() > 0) return false;
        Block elseBlock = ifOp.elseRegion().entryBlock();
        rewriter.modifyOpInPlace(op, () -> rewriter.eraseBlock(elseBlock));
        return true;
    }

    /** A condition that is always true or always false is replaced by the branch it takes. */
    private static boolean inlineKnownBranch(Operation op, PatternRewriter rewriter) {
        IfOp ifOp = (IfOp) op;
        IntegerSet set = ifOp.integerSet();
        Block block;
        if (set.isEmptyIntegerSet()) {
            if (op.numResults() == 0 && !ifOp.hasElse()) {
                rewriter.eraseOp(op);
                return true;
            }
            block = ifOp.elseRegion().entryBlock();
        } else if (set.numEqualities() == 1 && set.numInequalities() == 0
                && set.constraint(0) instanceof AffineConstantExpr c && c.value() == 0) {
            block = ifOp.thenRegion().entryBlock();
        } else {
            return false;
        }
        Operation terminator = block.last();
        List<Value> yielded = new ArrayList<>(AffineOpSyntax.operands(terminator, 0, terminator.numOperands()));
        rewriter.inlineBlockBefore(block, op.block(), op, List.of());
        rewriter.replaceOp(op, yielded);
        rewriter.eraseOp(terminator);
        return true;
    }
}
