package jmlir.ir;

/** A use of a value by an operation: one entry of the value's use list. */
public final class OpOperand {
    private final Operation owner;
    private final int index;
    private Value value;
    OpOperand nextUse;
    OpOperand prevUse;

    OpOperand(Operation owner, int index, Value value) {
        this.owner = owner;
        this.index = index;
        link(value);
    }

    public Operation owner() {
        return owner;
    }

    /** The position among the owner's operands. */
    public int index() {
        return index;
    }

    public Value get() {
        return value;
    }

    public void set(Value newValue) {
        unlink();
        link(newValue);
    }

    void drop() {
        unlink();
        value = null;
    }

    private void link(Value v) {
        value = v;
        if (v == null) return;
        nextUse = v.firstUse;
        prevUse = null;
        if (nextUse != null) nextUse.prevUse = this;
        v.firstUse = this;
    }

    private void unlink() {
        if (value == null) return;
        if (prevUse != null) prevUse.nextUse = nextUse;
        else value.firstUse = nextUse;
        if (nextUse != null) nextUse.prevUse = prevUse;
        nextUse = prevUse = null;
    }
}
