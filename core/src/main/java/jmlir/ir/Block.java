package jmlir.ir;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A basic block: arguments and an intrusive list of operations, inside a region. */
public final class Block implements Iterable<Operation> {
    private final List<BlockArgument> arguments = new ArrayList<>(0);
    private Operation first;
    private Operation last;
    private int size;
    private boolean orderValid = true;
    Region parent;
    BlockOperand firstUse;

    public Region parent() {
        return parent;
    }

    public Operation parentOp() {
        return parent == null ? null : parent.parentOp();
    }

    public List<BlockArgument> arguments() {
        return java.util.Collections.unmodifiableList(arguments);
    }

    public int numArguments() {
        return arguments.size();
    }

    public BlockArgument argument(int i) {
        return arguments.get(i);
    }

    public BlockArgument addArgument(Type type, Location location) {
        BlockArgument a = new BlockArgument(type, this, arguments.size(), location);
        arguments.add(a);
        return a;
    }

    public BlockArgument insertArgument(int index, Type type, Location location) {
        BlockArgument a = new BlockArgument(type, this, index, location);
        arguments.add(index, a);
        for (int i = index + 1; i < arguments.size(); i++) arguments.get(i).index = i;
        return a;
    }

    /**
     * Moves every op of this block to {@code dest}, before {@code anchor} (at its end when
     * anchor is null), keeping their order.
     */
    public void moveAllOpsTo(Block dest, Operation anchor) {
        for (Operation op = first, next; op != null; op = next) {
            next = op.next;
            unlink(op);
            dest.insertBefore(anchor, op);
        }
    }

    /** Makes every branch to this block branch nowhere (for erasing it). */
    public void dropAllUses() {
        while (firstUse != null) firstUse.drop();
    }

    /** Removes an argument that has no uses. */
    public void eraseArgument(int index) {
        arguments.remove(index);
        for (int i = index; i < arguments.size(); i++) arguments.get(i).index = i;
    }

    public Operation first() {
        return first;
    }

    public Operation last() {
        return last;
    }

    public boolean isEmpty() {
        return first == null;
    }

    public int size() {
        return size;
    }

    /** The last operation if it can end the block, else null. */
    public Operation terminator() {
        return last != null && last.hasTrait(Trait.TERMINATOR) ? last : null;
    }

    public boolean isEntryBlock() {
        return parent != null && parent.entryBlock() == this;
    }

    /** The terminators branching here, most recently added use first. */
    public Iterable<BlockOperand> predecessorUses() {
        return () -> new Iterator<>() {
            BlockOperand next = firstUse;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BlockOperand next() {
                if (next == null) throw new NoSuchElementException();
                BlockOperand u = next;
                next = u.nextUse;
                return u;
            }
        };
    }

    public boolean hasPredecessors() {
        return firstUse != null;
    }

    public void append(Operation op) {
        insertBefore(null, op);
    }

    /** Inserts {@code op} before {@code anchor} (at the end when anchor is null). */
    public void insertBefore(Operation anchor, Operation op) {
        if (op.block != null) throw new IllegalStateException("operation is already in a block");
        op.block = this;
        if (anchor == null) {
            op.prev = last;
            op.next = null;
            if (last != null) last.next = op;
            else first = op;
            last = op;
            if (orderValid) op.orderIndex = op.prev == null ? 0 : op.prev.orderIndex + 1;
        } else {
            op.next = anchor;
            op.prev = anchor.prev;
            if (anchor.prev != null) anchor.prev.next = op;
            else first = op;
            anchor.prev = op;
            orderValid = false;
        }
        size++;
    }

    void unlink(Operation op) {
        if (op.prev != null) op.prev.next = op.next;
        else first = op.next;
        if (op.next != null) op.next.prev = op.prev;
        else last = op.prev;
        op.prev = op.next = null;
        op.block = null;
        size--;
    }

    void ensureOrder() {
        if (orderValid) return;
        int i = 0;
        for (Operation op = first; op != null; op = op.next) op.orderIndex = i++;
        orderValid = true;
    }

    void dropAllReferences() {
        for (Operation op = first; op != null; op = op.next) op.dropAllReferences();
    }

    @Override
    public Iterator<Operation> iterator() {
        return new Iterator<>() {
            Operation next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Operation next() {
                if (next == null) throw new NoSuchElementException();
                Operation op = next;
                next = op.next;
                return op;
            }
        };
    }
}
