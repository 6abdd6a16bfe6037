package jmlir.rewrite;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.Context;
import jmlir.ir.OpOperand;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A builder that also changes and erases IR, telling its listener of every change (MLIR's
 * RewriterBase): what drivers such as the greedy pattern driver rely on to track the IR.
 */
public class Rewriter extends Builder {
    /** Hears of every change a rewriter makes. */
    public interface Listener extends Builder.Listener {
        /** {@code op} was changed in place (operands, attributes, properties, successors). */
        default void operationModified(Operation op) {
        }

        /** The results of {@code op} are about to be replaced by {@code replacements}. */
        default void operationReplaced(Operation op, List<Value> replacements) {
        }

        /** {@code op} is about to be erased; it has no nested ops left. */
        default void operationErased(Operation op) {
        }

        /** {@code block} is about to be erased; it is empty. */
        default void blockErased(Block block) {
        }
    }

    public Rewriter(Context context) {
        super(context);
    }

    private Listener rewriteListener() {
        return listener() instanceof Listener l ? l : null;
    }

    /** Runs {@code change} on {@code op} and reports {@code op} as modified. */
    public void modifyOpInPlace(Operation op, Runnable change) {
        change.run();
        Listener l = rewriteListener();
        if (l != null) l.operationModified(op);
    }

    /** Makes every use of {@code from} use {@code to}, reporting each user as modified. */
    public void replaceAllUsesWith(Value from, Value to) {
        replaceUsesWithIf(from, to, use -> true);
    }

    /** Like {@link #replaceAllUsesWith} for the uses {@code which} accepts. */
    public void replaceUsesWithIf(Value from, Value to, Predicate<OpOperand> which) {
        if (from == to) return;
        List<OpOperand> uses = new ArrayList<>();
        for (OpOperand use : from.uses()) if (which.test(use)) uses.add(use);
        for (OpOperand use : uses) modifyOpInPlace(use.owner(), () -> use.set(to));
    }

    /** Replaces the uses of each result of {@code op} with the matching value, then erases op. */
    public void replaceOp(Operation op, List<Value> replacements) {
        if (replacements.size() != op.numResults()) {
            throw new IllegalArgumentException("replacing " + op.numResults() + " results with "
                    + replacements.size() + " values");
        }
        replaceAllOpUsesWith(op, replacements);
        eraseOp(op);
    }

    /** Replaces {@code op} with the results of {@code replacement}. */
    public void replaceOp(Operation op, Operation replacement) {
        List<Value> values = new ArrayList<>(replacement.numResults());
        for (int i = 0; i < replacement.numResults(); i++) values.add(replacement.result(i));
        replaceOp(op, values);
    }

    /** Replaces the uses of {@code op}'s results, keeping op. */
    public void replaceAllOpUsesWith(Operation op, List<Value> replacements) {
        Listener l = rewriteListener();
        if (l != null) l.operationReplaced(op, replacements);
        for (int i = 0; i < op.numResults(); i++) replaceAllUsesWith(op.result(i), replacements.get(i));
    }

    /**
     * Erases {@code op}, which must have no uses, and the IR nested in it: users before the
     * values they use, so that a listener sees consistent IR at each notification.
     */
    public void eraseOp(Operation op) {
        Listener l = rewriteListener();
        if (l == null) {
            op.erase();
            return;
        }
        eraseTree(op, l);
    }

    private void eraseTree(Operation op, Listener l) {
        for (int r = op.numRegions() - 1; r >= 0; r--) {
            Region region = op.region(r);
            while (!region.isEmpty()) {
                List<Block> order = region.postOrder();
                for (Block b : order) {
                    for (Operation o = b.last(), prev; o != null; o = prev) {
                        prev = o.prevInBlock();
                        eraseTree(o, l);
                    }
                }
                for (Block b : order) {
                    for (BlockArgument a : b.arguments()) a.dropAllUses();
                    b.dropAllUses();
                    eraseBlock(b);
                }
            }
        }
        l.operationErased(op);
        for (int i = 0; i < op.numResults(); i++) op.result(i).dropAllUses();
        op.erase();
    }

    /** Erases a block: its ops (see {@link #eraseOp}) and then the block itself. */
    public void eraseBlock(Block block) {
        Listener l = rewriteListener();
        for (Operation o = block.last(), prev; o != null; o = prev) {
            prev = o.prevInBlock();
            eraseOp(o);
        }
        if (l != null) l.blockErased(block);
        block.dropAllUses();
        block.parent().removeBlock(block);
    }

    /** Moves {@code op} to just before {@code anchor}. */
    public void moveOpBefore(Operation op, Operation anchor) {
        Block previous = op.block();
        op.moveBefore(anchor);
        if (listener() != null) listener().operationInserted(op, previous);
    }

    /** Moves {@code op} to just after {@code anchor}. */
    public void moveOpAfter(Operation op, Operation anchor) {
        Block previous = op.block();
        op.moveAfter(anchor);
        if (listener() != null) listener().operationInserted(op, previous);
    }

    /**
     * Moves the ops of {@code source} before {@code anchor} in {@code dest} (at its end when
     * anchor is null), replacing source's arguments with {@code argValues}, and erases source.
     */
    public void inlineBlockBefore(Block source, Block dest, Operation anchor, List<Value> argValues) {
        for (int i = 0; i < argValues.size(); i++) replaceAllUsesWith(source.argument(i), argValues.get(i));
        List<Operation> moved = new ArrayList<>(source.size());
        for (Operation o : source) moved.add(o);
        source.moveAllOpsTo(dest, anchor);
        if (listener() != null) for (Operation o : moved) listener().operationInserted(o, source);
        eraseBlock(source);
    }

    /** Appends the ops of {@code source} to {@code dest} (see {@link #inlineBlockBefore}). */
    public void mergeBlocks(Block source, Block dest, List<Value> argValues) {
        inlineBlockBefore(source, dest, null, argValues);
    }

    /** Splits {@code block} before {@code op}; op and what follows move to the returned block. */
    public Block splitBlock(Block block, Operation op) {
        Block tail = new Block();
        block.parent().insertBlock(block.parent().indexOf(block) + 1, tail);
        if (listener() != null) listener().blockInserted(tail);
        List<Operation> moved = new ArrayList<>();
        for (Operation o = op; o != null; o = o.nextInBlock()) moved.add(o);
        for (Operation o : moved) {
            o.remove();
            tail.append(o);
        }
        if (listener() != null) for (Operation o : moved) listener().operationInserted(o, block);
        return tail;
    }

    /** Moves the blocks of {@code region} into {@code dest}, before {@code before} (at the end when null). */
    public void inlineRegionBefore(Region region, Region dest, Block before) {
        int at = before == null ? dest.blocks().size() : dest.indexOf(before);
        for (Block b : new ArrayList<>(region.blocks())) {
            region.removeBlock(b);
            dest.insertBlock(at++, b);
            if (listener() != null) listener().blockInserted(b);
        }
    }
}
