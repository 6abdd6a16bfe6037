package jmlir.ir;

import java.util.List;
import java.util.Objects;

/**
 * One effect an op has on memory (MLIR's MemoryEffects::EffectInstance): what it does, and on
 * which value when the effect is on a particular one (null: on memory in general).
 */
public record MemoryEffect(Kind kind, Value value) {
    public enum Kind { ALLOCATE, FREE, READ, WRITE }

    /** An op's effects, as its definition states them (MLIR's MemoryEffectOpInterface). */
    @FunctionalInterface
    public interface Provider {
        void effects(Operation op, List<MemoryEffect> out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryEffect that
                && Objects.equals(kind, that.kind)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(kind) + Objects.hashCode(value);
    }
}
