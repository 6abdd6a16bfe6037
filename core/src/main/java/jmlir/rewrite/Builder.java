package jmlir.rewrite;

import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.IRMapping;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;

/**
 * Creates and inserts operations at an insertion point: before an op, or at the end of a block
 * (MLIR's OpBuilder). A listener hears of every insertion.
 */
public class Builder {
    /** Hears of changes a builder makes. */
    public interface Listener {
        /** {@code op} was inserted (or moved; then {@code previousBlock} is where it was). */
        default void operationInserted(Operation op, Block previousBlock) {
        }

        /** {@code block} was inserted into a region. */
        default void blockInserted(Block block) {
        }
    }

    /** Where new ops go: before {@code before} in {@code block}, or at its end when before is null. */
    public record InsertionPoint(Block block, Operation before) {
    }

    private final Context context;
    private Listener listener;
    private Block block;
    private Operation before;

    public Builder(Context context) {
        this.context = context;
    }

    public Context context() {
        return context;
    }

    public Listener listener() {
        return listener;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public InsertionPoint insertionPoint() {
        return new InsertionPoint(block, before);
    }

    public void restoreInsertionPoint(InsertionPoint p) {
        block = p.block();
        before = p.before();
    }

    public void setInsertionPoint(Operation op) {
        block = op.block();
        before = op;
    }

    public void setInsertionPointAfter(Operation op) {
        block = op.block();
        before = op.nextInBlock();
    }

    public void setInsertionPointToStart(Block b) {
        block = b;
        before = b.first();
    }

    public void setInsertionPointToEnd(Block b) {
        block = b;
        before = null;
    }

    /** Inserts a detached op at the insertion point and returns it. */
    public <T extends Operation> T insert(T op) {
        if (block != null) {
            block.insertBefore(before, op);
            if (listener != null) listener.operationInserted(op, null);
        }
        return op;
    }

    /** Creates the op {@code state} describes at the insertion point. */
    public Operation create(OperationState state) {
        return insert(state.create());
    }

    /** Inserts a deep copy of {@code op}, mapping values through {@code mapping}. */
    public Operation clone(Operation op, IRMapping mapping) {
        Operation copy = op.clone(mapping);
        insert(copy);
        if (listener != null) {
            // The nested ops of a clone are reported as inserted too, after the clone itself.
            for (int i = 0; i < copy.numRegions(); i++) {
                for (Block b : copy.region(i).blocks()) {
                    listener.blockInserted(b);
                    for (Operation nested : b) nested.walkPostOrder(o -> listener.operationInserted(o, null));
                }
            }
        }
        return copy;
    }

    public Operation clone(Operation op) {
        return clone(op, new IRMapping());
    }
}
