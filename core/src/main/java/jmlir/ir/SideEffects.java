package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/** What ops do to memory, as their definitions state it (MLIR's side-effect utilities). */
public final class SideEffects {
    private SideEffects() {
    }

    /**
     * The memory effects of {@code op} itself (not of ops nested in it), or null when unknown:
     * an unregistered op, or a registered one that states no effects and is not pure.
     */
    public static List<MemoryEffect> effectsOf(Operation op) {
        OpDef def = op.name().definition();
        if (def == null) return null;
        if (def.effects() != null) {
            List<MemoryEffect> out = new ArrayList<>(1);
            def.effects().effects(op, out);
            return out;
        }
        return def.hasTrait(Trait.PURE) ? List.of() : null;
    }

    /** Whether {@code op} has no uses and erasing it changes nothing observable. */
    public static boolean isOpTriviallyDead(Operation op) {
        return op.useEmpty() && wouldOpBeTriviallyDead(op);
    }

    /**
     * Whether erasing {@code op} would change nothing observable were its results unused: not a
     * terminator or symbol, and it and the ops its effects recurse into at most read memory or
     * allocate what they return.
     */
    public static boolean wouldOpBeTriviallyDead(Operation op) {
        if (!op.isRegistered() || op.hasTrait(Trait.TERMINATOR) || op.hasTrait(Trait.SYMBOL)) return false;
        List<Operation> pending = new ArrayList<>();
        pending.add(op);
        while (!pending.isEmpty()) {
            Operation o = pending.removeLast();
            boolean recursive = o.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS);
            if (recursive) {
                for (int i = 0; i < o.numRegions(); i++) {
                    for (Block b : o.region(i).blocks()) for (Operation nested : b) pending.add(nested);
                }
            }
            List<MemoryEffect> effects = effectsOf(o);
            if (effects != null) {
                for (MemoryEffect e : effects) {
                    boolean ownAllocation = e.kind() == MemoryEffect.Kind.ALLOCATE && e.value() != null
                            && e.value().definingOp() == o;
                    if (!ownAllocation && e.kind() != MemoryEffect.Kind.READ) return false;
                }
                continue;
            }
            if (!recursive) return false;
        }
        return true;
    }

    /** Whether {@code op} and, for recursive effects, the ops nested in it have no memory effects. */
    public static boolean isMemoryEffectFree(Operation op) {
        List<MemoryEffect> effects = effectsOf(op);
        if (effects == null) {
            if (!op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS)) return false;
        } else if (!effects.isEmpty()) {
            return false;
        }
        if (op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS)) {
            for (int i = 0; i < op.numRegions(); i++) {
                for (Block b : op.region(i).blocks()) for (Operation nested : b) if (!isMemoryEffectFree(nested)) return false;
            }
        }
        return true;
    }
}
