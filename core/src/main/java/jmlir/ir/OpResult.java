package jmlir.ir;

/** The i-th result of an operation. */
public final class OpResult extends Value {
    private final Operation owner;
    private final int index;

    OpResult(Type type, Operation owner, int index) {
        super(type);
        this.owner = owner;
        this.index = index;
    }

    public Operation owner() {
        return owner;
    }

    public int index() {
        return index;
    }

    @Override
    public Operation definingOp() {
        return owner;
    }

    @Override
    public Block parentBlock() {
        return owner.block();
    }
}
