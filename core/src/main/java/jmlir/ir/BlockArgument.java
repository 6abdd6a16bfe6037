package jmlir.ir;

/** The i-th argument of a block, with its own location. */
public final class BlockArgument extends Value {
    private final Block owner;
    int index;
    private Location location;

    BlockArgument(Type type, Block owner, int index, Location location) {
        super(type);
        this.owner = owner;
        this.index = index;
        this.location = location;
    }

    public Block owner() {
        return owner;
    }

    public int index() {
        return index;
    }

    public Location location() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    @Override
    public Operation definingOp() {
        return null;
    }

    @Override
    public Block parentBlock() {
        return owner;
    }
}
