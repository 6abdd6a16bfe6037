package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.FoldResult;
import jmlir.ir.Folder;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small fixed-point canonicalizer for one block, for testing fold hooks and patterns before
 * and besides the greedy driver: folds (with the trait folds for commutative and idempotent
 * ops), materialises constants in place, applies patterns by benefit and erases dead pure ops.
 * Its op order differs from mlir-opt's; tests compare the computed values, not the text.
 */
final class MiniCanonicalizer {
    private final PatternRewriter rewriter;

    MiniCanonicalizer(PatternRewriter rewriter) {
        this.rewriter = rewriter;
    }

    void run(Block block) {
        for (int round = 0; round < 50; round++) {
            boolean changed = false;
            List<Operation> ops = new ArrayList<>();
            for (Operation op : block) ops.add(op);
            for (Operation op : ops) {
                if (op.block() == null || op.hasTrait(Trait.CONSTANT_LIKE)) continue;
                if (fold(op) || applyPattern(op)) changed = true;
            }
            changed |= eraseDead(block);
            if (!changed) return;
        }
        throw new AssertionError("no fixed point after 50 rounds");
    }

    private boolean fold(Operation op) {
        OpDef def = op.name().definition();
        Folder folder = def == null ? null : def.folder();
        Attribute[] constants = new Attribute[op.numOperands()];
        for (int i = 0; i < constants.length; i++) constants[i] = IntConstants.constantOf(op.operand(i));
        List<FoldResult> results = new ArrayList<>();
        if (folder != null && folder.fold(op, constants, results)) {
            if (results.isEmpty()) return true;
            replace(op, results);
            return true;
        }
        if (op.hasTrait(Trait.IDEMPOTENT) && op.numOperands() == 2 && op.operand(0) == op.operand(1)) {
            replace(op, List.of(op.operand(0)));
            return true;
        }
        if (op.hasTrait(Trait.COMMUTATIVE) && op.numOperands() == 2 && constants[0] != null
                && constants[1] == null) {
            Value lhs = op.operand(0);
            op.setOperand(0, op.operand(1));
            op.setOperand(1, lhs);
            return true;
        }
        return false;
    }

    private void replace(Operation op, List<FoldResult> results) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof Value v) {
                values.add(v);
            } else {
                rewriter.setInsertionPoint(op);
                Operation c = op.dialect().materializeConstant(rewriter, (Attribute) results.get(i),
                        op.result(i).type(), op.location());
                if (c == null) throw new AssertionError("cannot materialise " + results.get(i));
                values.add(c.result(0));
            }
        }
        rewriter.replaceOp(op, values);
    }

    private boolean applyPattern(Operation op) {
        OpDef def = op.name().definition();
        if (def == null) return false;
        List<RewritePattern> patterns = new ArrayList<>(def.canonicalizationPatterns());
        patterns.sort(Comparator.comparingInt(RewritePattern::benefit).reversed());
        for (RewritePattern p : patterns) {
            rewriter.setInsertionPoint(op);
            if (p.matchAndRewrite(op, rewriter)) return true;
        }
        return false;
    }

    private boolean eraseDead(Block block) {
        boolean erased = false;
        for (Operation op = block.last(); op != null; ) {
            Operation prev = op.prevInBlock();
            boolean unused = true;
            for (int i = 0; i < op.numResults(); i++) unused &= !op.result(i).hasUses();
            if (unused && op.numResults() > 0 && op.hasTrait(Trait.PURE)) {
                rewriter.eraseOp(op);
                erased = true;
            }
            op = prev;
        }
        return erased;
    }
}
