package jmlir.rewrite;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
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
 * then erasing dead ops and dead block arguments found by a liveness analysis.
 */
public final class RegionSimplification {
    private RegionSimplification() {
    }

    /** Simplifies {@code regions}; true when anything changed. */
    public static boolean simplify(Rewriter rewriter, List<Region> regions) {
        boolean erasedBlocks = eraseUnreachableBlocks(rewriter, regions);
        boolean erasedDead = new RegionDce().run(rewriter, regions);
        return erasedBlocks || erasedDead;
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

    /** The blocks reachable from {@code entry}, successors before predecessors. */
    static List<Block> postOrder(Block entry) {
        List<Block> order = new ArrayList<>();
        Set<Block> visited = new HashSet<>();
        ArrayDeque<Block> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        visited.add(entry);
        stack.push(entry);
        next.push(0);
        while (!stack.isEmpty()) {
            Block b = stack.peek();
            int i = next.pop();
            Operation term = b.last();
            int n = term == null ? 0 : term.numSuccessors();
            if (i < n) {
                next.push(i + 1);
                Block s = term.successor(i);
                if (s != null && visited.add(s)) {
                    stack.push(s);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(b);
            }
        }
        return order;
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
            for (Block block : postOrder(region.entryBlock())) {
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

        /** Terminators are live, and so are the arguments of the blocks they branch to. */
        private void propagateTerminator(Operation op) {
            markLive(op);
            for (int i = 0; i < op.numSuccessors(); i++) {
                Block s = op.successor(i);
                for (BlockArgument a : s.arguments()) markLive(a);
            }
        }

        private void processValue(Value value) {
            for (OpOperand use : value.uses()) {
                if (live.contains(use.owner())) {
                    markLive(owner(value));
                    return;
                }
            }
        }

        private boolean deleteDead(Rewriter rewriter, List<Region> regions) {
            boolean erased = false;
            for (Region region : regions) {
                if (region.isEmpty()) continue;
                for (Block block : postOrder(region.entryBlock())) {
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
