package jmlir.ir;

import java.util.HashMap;
import java.util.Map;

/** Maps values and blocks of original IR to their counterparts in a copy. */
public final class IRMapping {
    private final Map<Value, Value> values = new HashMap<>();
    private final Map<Block, Block> blocks = new HashMap<>();

    public void map(Value from, Value to) {
        values.put(from, to);
    }

    public void map(Block from, Block to) {
        blocks.put(from, to);
    }

    /** The value {@code v} maps to, or {@code v} itself. */
    public Value lookupOrDefault(Value v) {
        return values.getOrDefault(v, v);
    }

    public Block lookupOrDefault(Block b) {
        return blocks.getOrDefault(b, b);
    }

    /** The value {@code v} maps to, or null. */
    public Value lookupOrNull(Value v) {
        return values.get(v);
    }
}
