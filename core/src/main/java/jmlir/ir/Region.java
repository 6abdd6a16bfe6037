package jmlir.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of blocks owned by an operation. */
public final class Region {
    private final Operation parentOp;
    private final List<Block> blocks = new ArrayList<>(1);

    Region(Operation parentOp) {
        this.parentOp = parentOp;
    }

    public Operation parentOp() {
        return parentOp;
    }

    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
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

    void dropAllReferences() {
        for (Block b : blocks) b.dropAllReferences();
    }
}
