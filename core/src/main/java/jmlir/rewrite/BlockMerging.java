package jmlir.rewrite;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.BlockOperand;
import jmlir.ir.BranchOpInterface;
import jmlir.ir.Location;
import jmlir.ir.OpOperand;
import jmlir.ir.OpResult;
import jmlir.ir.Operation;
import jmlir.ir.OperationEquivalence;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The block merging of MLIR's aggressive region simplification: blocks (other than the entry
 * block) that branch to the same successors and hold the same ops merge into one, the operands
 * that differ between them (values from outside the blocks) becoming new arguments of the merged
 * block, passed by its predecessors.
 */
final class BlockMerging {
    private BlockMerging() {
    }

    /** Merges identical blocks in {@code regions} and the regions nested in them; true when any merged. */
    static boolean mergeIdenticalBlocks(Rewriter rewriter, List<Region> regions) {
        RegionWorklist worklist = new RegionWorklist(regions);
        boolean changed = false;
        while (!worklist.isEmpty()) {
            Region region = worklist.pop();
            if (mergeIdenticalBlocks(rewriter, region)) {
                worklist.push(region);
                changed = true;
            }
            for (Block block : region.blocks()) {
                for (Operation op : block) for (int i = 0; i < op.numRegions(); i++) worklist.push(op.region(i));
            }
        }
        return changed;
    }

    private static boolean mergeIdenticalBlocks(Rewriter rewriter, Region region) {
        List<Block> blocks = region.blocks();
        if (blocks.size() <= 1) return false;
        // Only blocks branching to the same successors can be identical.
        Map<List<Block>, List<Block>> bySuccessors = new LinkedHashMap<>();
        for (Block block : blocks.subList(1, blocks.size())) {
            bySuccessors.computeIfAbsent(successors(block), k -> new ArrayList<>()).add(block);
        }
        boolean merged = false;
        for (List<Block> group : bySuccessors.values()) {
            if (group.size() == 1) continue;
            List<Cluster> clusters = new ArrayList<>();
            for (Block block : group) {
                if (hasNonEmptyRegion(block)) continue;
                BlockData data = new BlockData(block);
                boolean added = false;
                for (Cluster cluster : clusters) {
                    if (cluster.add(data)) {
                        added = true;
                        break;
                    }
                }
                if (!added) clusters.add(new Cluster(data));
            }
            for (Cluster cluster : clusters) merged |= cluster.merge(rewriter);
        }
        return merged;
    }

    /** The successors of the block's last op, in order (block identity decides equality). */
    private static List<Block> successors(Block block) {
        Operation last = block.last();
        List<Block> out = new ArrayList<>();
        if (last != null) for (int i = 0; i < last.numSuccessors(); i++) out.add(last.successor(i));
        return out;
    }

    private static boolean hasNonEmptyRegion(Block block) {
        for (Operation op : block) {
            for (int i = 0; i < op.numRegions(); i++) if (!op.region(i).isEmpty()) return true;
        }
        return false;
    }

    /** A block and the order in which its ops define values (arguments first). */
    private static final class BlockData {
        final Block block;
        final Map<Operation, Integer> order = new IdentityHashMap<>();

        BlockData(Block block) {
            this.block = block;
            int next = block.numArguments();
            for (Operation op : block) {
                if (op.numResults() > 0) {
                    order.put(op, next);
                    next += op.numResults();
                }
            }
        }

        int orderOf(Value v) {
            if (v instanceof BlockArgument a) return a.index();
            OpResult r = (OpResult) v;
            return order.get(r.owner()) + r.index();
        }
    }

    /** Blocks that can merge into their leader, and the operands (op index, operand index) that differ. */
    private static final class Cluster {
        private final BlockData leader;
        private final List<Block> toMerge = new ArrayList<>();
        private final TreeSet<long[]> operandsToMerge =
                new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

        Cluster(BlockData leader) {
            this.leader = leader;
        }

        boolean add(BlockData data) {
            Block lhsBlock = leader.block;
            Block rhsBlock = data.block;
            if (!argumentTypes(lhsBlock).equals(argumentTypes(rhsBlock))) return false;
            List<long[]> mismatched = new ArrayList<>();
            Operation lhs = lhsBlock.first();
            Operation rhs = rhsBlock.first();
            for (int opIndex = 0; lhs != null && rhs != null;
                 lhs = lhs.nextInBlock(), rhs = rhs.nextInBlock(), opIndex++) {
                if (!sameOpIgnoringOperands(lhs, rhs)) return false;
                for (int i = 0; i < lhs.numOperands(); i++) {
                    Value l = lhs.operand(i);
                    Value r = rhs.operand(i);
                    if (l == r) continue;
                    if (!l.type().equals(r.type())) return false;
                    boolean lhsInBlock = l.parentBlock() == lhsBlock;
                    boolean rhsInBlock = r.parentBlock() == rhsBlock;
                    if (lhsInBlock != rhsInBlock) return false;
                    if (!lhsInBlock) {
                        if (!validSuccessorArgument(lhsBlock, l) || !validSuccessorArgument(rhsBlock, r)) return false;
                        mismatched.add(new long[] {opIndex, i});
                        continue;
                    }
                    if (leader.orderOf(l) != data.orderOf(r)) return false;
                }
                if (usedOutside(rhs, rhsBlock) || usedOutside(lhs, lhsBlock)) return false;
            }
            if (lhs != null || rhs != null) return false;
            operandsToMerge.addAll(mismatched);
            if (!toMerge.contains(rhsBlock)) toMerge.add(rhsBlock);
            return true;
        }

        boolean merge(Rewriter rewriter) {
            if (toMerge.isEmpty()) return false;
            Block leaderBlock = leader.block;
            if (!operandsToMerge.isEmpty()) {
                if (!predecessorsAreBranches(leaderBlock)) return false;
                for (Block b : toMerge) if (!predecessorsAreBranches(b)) return false;
                List<Block> cluster = new ArrayList<>(toMerge.size() + 1);
                cluster.add(leaderBlock);
                cluster.addAll(toMerge);
                int oldArguments = leaderBlock.numArguments();
                List<List<Value>> newArguments = new ArrayList<>();
                for (int b = 0; b < cluster.size(); b++) {
                    List<Operation> ops = new ArrayList<>(cluster.get(b).size());
                    for (Operation op : cluster.get(b)) ops.add(op);
                    List<Value> values = new ArrayList<>(operandsToMerge.size());
                    for (long[] at : operandsToMerge) {
                        OpOperand operand = ops.get((int) at[0]).opOperand((int) at[1]);
                        Value value = operand.get();
                        values.add(value);
                        if (b == 0) operand.set(leaderBlock.addArgument(value.type(), locationOf(value)));
                    }
                    newArguments.add(values);
                }
                newArguments = pruneRedundantArguments(newArguments, rewriter, oldArguments, leaderBlock);
                for (int b = 0; b < cluster.size(); b++) appendToPredecessors(cluster.get(b), newArguments.get(b));
            }
            for (Block block : toMerge) {
                List<BlockOperand> uses = new ArrayList<>();
                for (BlockOperand use : block.predecessorUses()) uses.add(use);
                for (BlockOperand use : uses) use.set(leaderBlock);
                rewriter.eraseBlock(block);
            }
            return true;
        }
    }

    private static List<Type> argumentTypes(Block block) {
        List<Type> types = new ArrayList<>(block.numArguments());
        for (BlockArgument a : block.arguments()) types.add(a.type());
        return types;
    }

    /** The op-local parts of equivalence: name, attributes, properties, counts and result types. */
    private static boolean sameOpIgnoringOperands(Operation lhs, Operation rhs) {
        if (!OperationEquivalence.sameOwnParts(lhs, rhs)) return false;
        for (int i = 0; i < lhs.numResults(); i++) {
            if (!lhs.result(i).type().equals(rhs.result(i).type())) return false;
        }
        return true;
    }

    /**
     * Whether {@code operand}, from outside {@code block}, can be passed to the merged block: not
     * when the terminator of one of the block's predecessors defines it (it would not dominate
     * the branch passing it).
     */
    private static boolean validSuccessorArgument(Block block, Value operand) {
        Operation def = operand.definingOp();
        Block parent = operand.parentBlock();
        if (def == null || def != parent.terminator()) return true;
        for (BlockOperand use : block.predecessorUses()) if (use.owner().block() == parent) return false;
        return true;
    }

    private static boolean usedOutside(Operation op, Block block) {
        for (int i = 0; i < op.numResults(); i++) {
            for (OpOperand use : op.result(i).uses()) if (use.owner().block() != block) return true;
        }
        return false;
    }

    private static boolean predecessorsAreBranches(Block block) {
        for (BlockOperand use : block.predecessorUses()) if (!BranchOpInterface.isBranch(use.owner())) return false;
        return true;
    }

    private static void appendToPredecessors(Block block, List<Value> values) {
        List<BlockOperand> uses = new ArrayList<>();
        for (BlockOperand use : block.predecessorUses()) uses.add(use);
        for (BlockOperand use : uses) BranchOpInterface.successorOperands(use.owner(), use.index()).append(values);
    }

    static Location locationOf(Value v) {
        return v instanceof BlockArgument a ? a.location() : v.definingOp().location();
    }

    /**
     * Drops the new arguments that repeat an earlier one in every list (the first list decides
     * which earlier one), replacing them in the leader block; returns the lists without them.
     */
    private static List<List<Value>> pruneRedundantArguments(List<List<Value>> lists, Rewriter rewriter,
                                                             int oldArguments, Block block) {
        int numArgs = lists.getFirst().size();
        Map<Value, Integer> firstIndex = new HashMap<>();
        for (int j = 0; j < numArgs; j++) firstIndex.putIfAbsent(lists.getFirst().get(j), j);
        Map<Integer, Integer> replacement = new HashMap<>();
        for (int j = 0; j < numArgs; j++) {
            int k = firstIndex.get(lists.getFirst().get(j));
            if (k == j) continue;
            boolean redundant = true;
            for (int i = 1; i < lists.size(); i++) redundant &= lists.get(i).get(k) == lists.get(i).get(j);
            if (redundant) replacement.put(j, k);
        }
        List<List<Value>> pruned = new ArrayList<>(lists.size());
        for (List<Value> list : lists) {
            List<Value> kept = new ArrayList<>();
            for (int j = 0; j < numArgs; j++) if (!replacement.containsKey(j)) kept.add(list.get(j));
            pruned.add(kept);
        }
        List<Integer> toErase = new ArrayList<>();
        for (int j = 0; j < numArgs; j++) {
            Integer k = replacement.get(j);
            if (k == null) continue;
            rewriter.replaceAllUsesWith(block.argument(oldArguments + j), block.argument(oldArguments + k));
            toErase.add(oldArguments + j);
        }
        for (int i = toErase.size() - 1; i >= 0; i--) block.eraseArgument(toErase.get(i));
        return pruned;
    }

    /**
     * Drops the block arguments every predecessor passes the same value, using that value
     * instead. As in MLIR, the result tells whether the last block visited changed.
     */
    static boolean dropRedundantArguments(Rewriter rewriter, List<Region> regions) {
        RegionWorklist worklist = new RegionWorklist(regions);
        boolean changed = false;
        while (!worklist.isEmpty()) {
            Region region = worklist.pop();
            for (Block block : region.blocks()) {
                changed = dropRedundantArguments(rewriter, block);
                for (Operation op : block) for (int i = 0; i < op.numRegions(); i++) worklist.push(op.region(i));
            }
        }
        return changed;
    }

    private static boolean dropRedundantArguments(Rewriter rewriter, Block block) {
        List<Integer> toErase = new ArrayList<>();
        for (int index = 0; index < block.numArguments(); index++) {
            boolean same = true;
            Value common = null;
            for (BlockOperand use : block.predecessorUses()) {
                Operation branch = use.owner();
                if (!BranchOpInterface.isBranch(branch)) {
                    same = false;
                    break;
                }
                Value passed = BranchOpInterface.successorOperands(branch, use.index()).get(index);
                if (common == null) {
                    common = passed;
                } else if (passed != common) {
                    same = false;
                    break;
                }
            }
            if (common != null && same) {
                toErase.add(index);
                rewriter.replaceAllUsesWith(block.argument(index), common);
            }
        }
        for (int i = toErase.size() - 1; i >= 0; i--) {
            int index = toErase.get(i);
            block.eraseArgument(index);
            List<BlockOperand> uses = new ArrayList<>();
            for (BlockOperand use : block.predecessorUses()) uses.add(use);
            for (BlockOperand use : uses) BranchOpInterface.successorOperands(use.owner(), use.index()).erase(index);
        }
        return !toErase.isEmpty();
    }

    /** A stack of regions without duplicates (MLIR's SetVector worklist). */
    private static final class RegionWorklist {
        private final List<Region> stack = new ArrayList<>();
        private final Map<Region, Boolean> members = new IdentityHashMap<>();

        RegionWorklist(List<Region> regions) {
            for (Region r : regions) push(r);
        }

        void push(Region r) {
            if (members.put(r, Boolean.TRUE) == null) stack.add(r);
        }

        Region pop() {
            Region r = stack.removeLast();
            members.remove(r);
            return r;
        }

        boolean isEmpty() {
            return stack.isEmpty();
        }
    }
}
