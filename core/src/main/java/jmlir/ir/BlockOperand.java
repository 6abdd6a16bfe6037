package jmlir.ir;

/** A successor of a terminator: one entry of the target block's predecessor (use) list. */
public final class BlockOperand {
    private final Operation owner;
    private final int index;
    private Block block;
    BlockOperand nextUse;
    BlockOperand prevUse;

    BlockOperand(Operation owner, int index, Block block) {
        this.owner = owner;
        this.index = index;
        link(block);
    }

    public Operation owner() {
        return owner;
    }

    public int index() {
        return index;
    }

    public Block get() {
        return block;
    }

    public void set(Block newBlock) {
        unlink();
        link(newBlock);
    }

    void drop() {
        unlink();
        block = null;
    }

    private void link(Block b) {
        block = b;
        if (b == null) return;
        nextUse = b.firstUse;
        prevUse = null;
        if (nextUse != null) nextUse.prevUse = this;
        b.firstUse = this;
    }

    private void unlink() {
        if (block == null) return;
        if (prevUse != null) prevUse.nextUse = nextUse;
        else block.firstUse = nextUse;
        if (nextUse != null) nextUse.prevUse = prevUse;
        nextUse = prevUse = null;
    }
}
