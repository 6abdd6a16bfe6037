package jmlir.ir;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An SSA value: an operation result or a block argument. Keeps an intrusive list of its uses. */
public abstract sealed class Value implements FoldResult permits OpResult, BlockArgument {
    private Type type;
    OpOperand firstUse;

    Value(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public boolean hasUses() {
        return firstUse != null;
    }

    public boolean hasOneUse() {
        return firstUse != null && firstUse.nextUse == null;
    }

    /** The uses, most recently added first (MLIR's use-list order). */
    public Iterable<OpOperand> uses() {
        return () -> new Iterator<>() {
            OpOperand next = firstUse;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public OpOperand next() {
                if (next == null) throw new NoSuchElementException();
                OpOperand u = next;
                next = u.nextUse;
                return u;
            }
        };
    }

    /** Makes every use of this value use {@code replacement} instead. */
    public void replaceAllUsesWith(Value replacement) {
        if (replacement == this) return;
        while (firstUse != null) firstUse.set(replacement);
    }

    /** Leaves every use of this value without a value (for erasing IR in graph regions). */
    public void dropAllUses() {
        while (firstUse != null) firstUse.drop();
    }

    /** The operation that defines this value, or null for a block argument. */
    public abstract Operation definingOp();

    /** The block in which this value is defined. */
    public abstract Block parentBlock();
}
