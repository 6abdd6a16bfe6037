package jmlir.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of blocks owned by an operation. */
public final class Region {
    private final Operation parentOp;
    private final List<Block> blocks = new ArrayList<>(1);
    private final List<Block> blocksView = Collections.unmodifiableList(blocks);

    Region(Operation parentOp) {
        this.parentOp = parentOp;
    }

    public Operation parentOp() {
        return parentOp;
    }

    /** The blocks, in order: a read-only view that follows later changes. */
    public List<Block> blocks() {
        return blocksView;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean hasOneBlock() {
        return blocks.size() == 1;
    }

    public Block entryBlock() {
        return blocks.isEmpty() ? null : blocks.get(0);
    }

    public void addBlock(Block b) {
        if (b.parent != null) throw new IllegalStateException("block is already in a region");
        b.parent = this;
        blocks.add(b);
    }

    public void removeBlock(Block b) {
        if (blocks.remove(b)) b.parent = null;
    }

    /** Inserts {@code b} at position {@code index}. */
    public void insertBlock(int index, Block b) {
        if (b.parent != null) throw new IllegalStateException("block is already in a region");
        b.parent = this;
        blocks.add(index, b);
    }

    public int indexOf(Block b) {
        return blocks.indexOf(b);
    }

    /**
     * The blocks reachable from the entry block, each after the blocks it branches to (a
     * depth-first post-order over successors, iterative so that long chains do not recurse);
     * empty for an empty region. Branches out of the region (invalid IR) are not followed.
     */
    public List<Block> postOrder() {
        List<Block> order = new ArrayList<>();
        if (blocks.isEmpty()) return order;
        java.util.Set<Block> visited = new java.util.HashSet<>();
        java.util.ArrayDeque<Block> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> next = new java.util.ArrayDeque<>();
        visited.add(blocks.getFirst());
        stack.push(blocks.getFirst());
        next.push(0);
        while (!stack.isEmpty()) {
            Block b = stack.peek();
            int i = next.pop();
            Operation term = b.last();
            if (term != null && i < term.numSuccessors()) {
                next.push(i + 1);
                Block s = term.successor(i);
                if (s != null && s.parent == this && visited.add(s)) {
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
     * Appends copies of this region's blocks to {@code dest}, mapping arguments, blocks and
     * values through {@code mapping}. Operands are remapped after all ops are copied, so uses
     * that come before their definitions in block order map too.
     */
    public void cloneInto(Region dest, IRMapping mapping) {
        List<Block> copies = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Block copy = new Block();
            for (BlockArgument a : b.arguments()) mapping.map(a, copy.addArgument(a.type(), a.location()));
            mapping.map(b, copy);
            copies.add(copy);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block copy = copies.get(i);
            for (Operation op : blocks.get(i)) copy.append(op.clone(mapping));
            dest.addBlock(copy);
        }
        for (Block copy : copies) {
            for (Operation op : copy) op.walkPostOrder(o -> {
                for (int k = 0; k < o.numOperands(); k++) {
                    Value mapped = mapping.lookupOrNull(o.operand(k));
                    if (mapped != null && mapped != o.operand(k)) o.setOperand(k, mapped);
                }
                for (int k = 0; k < o.numSuccessors(); k++) {
                    Block mapped = mapping.lookupOrDefault(o.successor(k));
                    if (mapped != o.successor(k)) o.setSuccessor(k, mapped);
                }
            });
        }
    }

    void dropAllReferences() {
        for (Block b : blocks) b.dropAllReferences();
    }
}
