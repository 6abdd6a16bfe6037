package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;

import java.util.List;

/** The canonicalization of {@code cf.br}. */
final class BranchPatterns {
    private BranchPatterns() {
    }

    /** Merges the destination into this block when this is its only predecessor; else collapses a pass-through destination. */
    static boolean canonicalize(Operation op, PatternRewriter r) {
        return mergeSinglePredecessor((BranchOp) op, r) || passThrough((BranchOp) op, r);
    }

    private static boolean mergeSinglePredecessor(BranchOp br, PatternRewriter r) {
        Block dest = br.dest();
        Block block = br.block();
        if (dest == block || Successors.singlePredecessor(dest) == null) return false;
        List<Value> operands = br.destOperands();
        r.eraseOp(br);
        r.mergeBlocks(dest, block, operands);
        return true;
    }

    /** {@code br ^bb1} where {@code ^bb1} only branches on to {@code ^bbN(...)} becomes {@code br ^bbN(...)}. */
    private static boolean passThrough(BranchOp br, PatternRewriter r) {
        if (br.dest() == br.block()) return false;
        Successors.Target collapsed = Successors.collapse(new Successors.Target(br.dest(), br.destOperands()));
        if (collapsed == null) return false;
        r.setInsertionPoint(br);
        BranchOp replacement = BranchOp.create(r, br.location(), collapsed.block(), collapsed.operands());
        r.replaceOp(br, replacement);
        return true;
    }
}
