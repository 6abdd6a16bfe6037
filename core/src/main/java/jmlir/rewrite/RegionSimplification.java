package jmlir.rewrite;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.BranchOpInterface;
import jmlir.ir.OpOperand;
import jmlir.ir.OpResult;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.SideEffects;
import jmlir.ir.Trait;
import jmlir.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Control-flow clean-up of regions, as MLIR's simplifyRegions does: erasing unreachable blocks,
 * then erasing dead ops and dead block arguments found by a liveness analysis, and at the
 * aggressive level merging identical blocks ({@link BlockMerging}).
 */
public final class RegionSimplification {
    private RegionSimplification() {
    }

    /** Simplifies {@code regions}; true when anything changed. */
    public static boolean simplify(Rewriter rewriter, List<Region> regions) {
        return simplify(rewriter, regions, false);
    }

    /**
     * Simplifies {@code regions}, with {@code mergeBlocks} also merging identical blocks and
     * dropping block arguments that always receive the same value (the aggressive level).
     */
    public static boolean simplify(Rewriter rewriter, List<Region> regions, boolean mergeBlocks) {
        boolean erasedBlocks = eraseUnreachableBlocks(rewriter, regions);
        boolean erasedDead = new RegionDce().run(rewriter, regions);
        boolean merged = false;
        boolean droppedArguments = false;
        if (mergeBlocks) {
            merged = BlockMerging.mergeIdenticalBlocks(rewriter, regions);
            droppedArguments = BlockMerging.dropRedundantArguments(rewriter, regions);
        }
        return erasedBlocks || erasedDead || merged || droppedArguments;
    }

    /** Erases the blocks no path from their region's entry reaches; true when any were. */
    public static boolean eraseUnreachableBlocks(Rewriter rewriter, List<Region> regions) {
        boolean erased = false;
        ArrayDeque<Region> worklist = new ArrayDeque<>(regions);
        while (!worklist.isEmpty()) {
            Region region = worklist.pollLast();
            if (region.isEmpty()) continue;
            if (region.blocks().size() == 1) {
                for (Operation op : region.entryBlock()) pushRegions(op, worklist);
                continue;
            }
            Set<Block> reachable = reachableBlocks(region.entryBlock());
            for (Block block : new ArrayList<>(region.blocks())) {
                if (!reachable.contains(block)) {
                    dropDefinedValueUses(block);
                    rewriter.eraseBlock(block);
                    erased = true;
                    continue;
                }
                for (Operation op : block) pushRegions(op, worklist);
            }
        }
        return erased;
    }

    private static void pushRegions(Operation op, ArrayDeque<Region> worklist) {
        for (int i = 0; i < op.numRegions(); i++) worklist.addLast(op.region(i));
    }

    private static Set<Block> reachableBlocks(Block entry) {
        Set<Block> seen = new HashSet<>();
        ArrayDeque<Block> stack = new ArrayDeque<>();
        seen.add(entry);
        stack.push(entry);
        while (!stack.isEmpty()) {
            Operation term = stack.pop().last();
            if (term == null) continue;
            for (int i = 0; i < term.numSuccessors(); i++) {
                Block s = term.successor(i);
                if (s != null && seen.add(s)) stack.push(s);
            }
        }
        return seen;
    }

    /** Drops every use of the values defined in {@code block}, nested ones included. */
    private static void dropDefinedValueUses(Block block) {
        for (BlockArgument a : block.arguments()) a.dropAllUses();
        for (Operation op : block) {
            op.walkPostOrder(o -> {
                for (int i = 0; i < o.numResults(); i++) o.result(i).dropAllUses();
                for (int r = 0; r < o.numRegions(); r++) {
                    for (Block b : o.region(r).blocks()) for (BlockArgument a : b.arguments()) a.dropAllUses();
                }
            });
        }
    }

    /**
     * Dead code elimination by liveness: ops that would be trivially dead and whose results
     * only live ops use, and block arguments no live op uses, are erased. Entry-block
     * arguments are kept (their region's owner decides them).
     */
    private static final class RegionDce {
        /** Live ops and live block arguments; a result is live when its op is. */
        private final Set<Object> live = new HashSet<>();
        private boolean changed;

        private static Object owner(Value v) {
            return v instanceof OpResult r ? r.owner() : v;
        }

        boolean run(Rewriter rewriter, List<Region> regions) {
            do {
                changed = false;
                for (Region r : regions) propagate(r);
            } while (changed);
            return deleteDead(rewriter, regions);
        }

        private void markLive(Object o) {
            if (live.add(o)) changed = true;
        }

        private void propagate(Region region) {
            if (region.isEmpty()) return;
            for (Block block : region.postOrder()) {
                for (Operation op = block.last(); op != null; op = op.prevInBlock()) propagate(op);
                if (block.isEntryBlock()) continue;
                for (BlockArgument a : block.arguments()) if (!live.contains(a)) processValue(a);
            }
        }

        private void propagate(Operation op) {
            for (int i = 0; i < op.numRegions(); i++) propagate(op.region(i));
            if (op.hasTrait(Trait.TERMINATOR)) {
                propagateTerminator(op);
                return;
            }
            if (live.contains(op)) return;
            if (!SideEffects.wouldOpBeTriviallyDead(op)) {
                markLive(op);
                return;
            }
            for (int i = 0; i < op.numResults(); i++) processValue(op.result(i));
        }

        /**
         * Terminators are live, and so are the arguments of the blocks they branch to, except
         * where a branch op forwards its operands to them: then each argument's liveness is
         * found from its uses. (Branch specs forward every argument; MLIR's "produced" successor
         * operands, which would stay live, are not modelled.)
         */
        private void propagateTerminator(Operation op) {
            markLive(op);
            if (BranchOpInterface.isBranch(op)) return;
            for (int i = 0; i < op.numSuccessors(); i++) {
                for (BlockArgument a : op.successor(i).arguments()) markLive(a);
            }
        }

        /**
         * Whether a use does not make its value live even though its owner is live: an operand a
         * branch forwards to a block argument that is not (yet) known to be live.
         */
        private boolean isUseSpeciallyKnownDead(OpOperand use) {
            Operation owner = use.owner();
            if (!owner.hasTrait(Trait.TERMINATOR)) return false;
            BlockArgument arg = BranchOpInterface.successorBlockArgument(owner, use.index());
            return arg != null && !live.contains(arg);
        }

        private void processValue(Value value) {
            for (OpOperand use : value.uses()) {
                if (isUseSpeciallyKnownDead(use)) continue;
                if (live.contains(use.owner())) {
                    markLive(owner(value));
                    return;
                }
            }
        }

        /** Erases from a branch op the operands it forwards to dead block arguments. */
        private void eraseDeadSuccessorOperands(Operation terminator) {
            if (terminator == null || !BranchOpInterface.isBranch(terminator)) return;
            for (int s = terminator.numSuccessors() - 1; s >= 0; s--) {
                BranchOpInterface.SuccessorOperands operands = BranchOpInterface.successorOperands(terminator, s);
                Block successor = terminator.successor(s);
                // Last first, so that erasing does not shift the ones still to visit.
                for (int a = operands.size() - 1; a >= 0; a--) {
                    if (a < successor.numArguments() && !live.contains(successor.argument(a))) operands.erase(a);
                }
            }
        }

        private boolean deleteDead(Rewriter rewriter, List<Region> regions) {
            boolean erased = false;
            for (Region region : regions) {
                if (region.isEmpty()) continue;
                boolean singleBlock = region.blocks().size() == 1;
                for (Block block : region.postOrder()) {
                    if (!singleBlock) eraseDeadSuccessorOperands(block.last());
                    for (Operation op = block.last(), prev; op != null; op = prev) {
                        prev = op.prevInBlock();
                        if (!live.contains(op)) {
                            erased = true;
                            for (int i = 0; i < op.numResults(); i++) op.result(i).dropAllUses();
                            rewriter.eraseOp(op);
                        } else {
                            List<Region> nested = new ArrayList<>(op.numRegions());
                            for (int i = 0; i < op.numRegions(); i++) nested.add(op.region(i));
                            erased |= deleteDead(rewriter, nested);
                        }
                    }
                }
                List<Block> blocks = region.blocks();
                for (int b = 1; b < blocks.size(); b++) {
                    Block block = blocks.get(b);
                    for (int i = block.numArguments() - 1; i >= 0; i--) {
                        if (!live.contains(block.argument(i))) block.eraseArgument(i);
                    }
                }
            }
            return erased;
        }
    }
}
