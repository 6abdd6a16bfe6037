package jmlir.ir;

import java.util.List;

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
}
