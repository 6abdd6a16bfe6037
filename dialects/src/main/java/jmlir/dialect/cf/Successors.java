package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.BlockOperand;
import jmlir.ir.OpOperand;
import jmlir.ir.Operation;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Questions about the blocks branches go to, as the cf patterns ask them. */
final class Successors {
    private Successors() {
    }

    /** A branch target: a block and the values passed to its arguments. */
    record Target(Block block, List<Value> operands) {
    }

    /**
     * The block branching to {@code block} when exactly one branch edge leads there (MLIR's
     * getSinglePredecessor: a terminator naming the block twice is two edges); else null.
     */
    static Block singlePredecessor(Block block) {
        Block found = null;
        int edges = 0;
        for (BlockOperand use : block.predecessorUses()) {
            if (++edges > 1) return null;
            found = use.owner().block();
        }
        return found;
    }

    /** The block every edge to {@code block} comes from, or null (MLIR's getUniquePredecessor). */
    static Block uniquePredecessor(Block block) {
        Block found = null;
        for (BlockOperand use : block.predecessorUses()) {
            Block from = use.owner().block();
            if (found != null && found != from) return null;
            found = from;
        }
        return found;
    }

    /**
     * Where a branch to {@code target} ends up when the target block holds nothing but an
     * unconditional branch elsewhere that only its arguments are passed through: the branch's
     * destination, with the target's arguments replaced by what is passed to them. Null when
     * the target cannot be collapsed (or would loop to itself).
     */
    static Target collapse(Target target) {
        Block block = target.block();
        Operation only = block.first();
        if (only == null || only != block.last() || !(only instanceof BranchOp br)) return null;
        for (BlockArgument arg : block.arguments()) {
            for (OpOperand use : arg.uses()) if (use.owner() != br) return null;
        }
        Block dest = br.dest();
        if (dest == block || leadsIntoCycle(block, dest)) return null;
        List<Value> forwarded = new ArrayList<>(br.numOperands());
        for (Value v : br.destOperands()) {
            forwarded.add(v instanceof BlockArgument a && a.owner() == block ? target.operands().get(a.index()) : v);
        }
        return new Target(dest, forwarded);
    }

    /**
     * Whether following the unconditional branches from {@code dest} comes back to a block
     * already seen ({@code from}, {@code dest} or one on the way): collapsing into such a cycle
     * of branches could go on forever.
     */
    private static boolean leadsIntoCycle(Block from, Block dest) {
        Set<Block> visited = new HashSet<>(List.of(from, dest));
        for (Operation next = dest.terminator(); next instanceof BranchOp br; next = br.dest().terminator()) {
            if (!visited.add(br.dest())) return true;
        }
        return false;
    }
}
