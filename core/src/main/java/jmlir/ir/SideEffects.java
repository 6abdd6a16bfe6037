package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about the memory effects of operations, answered as MLIR's side-effect utilities
 * answer them.
 *
 * <p>An op "states its effects" (implements MLIR's MemoryEffectOpInterface) when it is
 * registered and its definition gives an effects provider or the {@link Trait#PURE} trait (no
 * effects). An op with {@link Trait#RECURSIVE_MEMORY_EFFECTS} has the effects of the ops nested
 * in it. Any other op, unregistered ones included, may have any effect.
 */
public final class SideEffects {
    private SideEffects() {
    }

    /** Whether the op states its own effects (see the class comment). */
    public static boolean statesEffects(Operation op) {
        OpDef def = op.name().definition();
        return def != null && (def.effects() != null || def.hasTrait(Trait.PURE));
    }

    /**
     * The effects the op states of itself, nested ops not included; null when it does not
     * state them.
     */
    public static List<MemoryEffect> ownEffects(Operation op) {
        OpDef def = op.name().definition();
        if (def == null) return null;
        if (def.effects() != null) {
            List<MemoryEffect> effects = new ArrayList<>(2);
            def.effects().effects(op, effects);
            return effects;
        }
        return def.hasTrait(Trait.PURE) ? List.of() : null;
    }

    /** Whether an op has no effect on memory, counting the ops nested in it when their effects are its own. */
    public static boolean isMemoryEffectFree(Operation op) {
        boolean recursive = op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS);
        List<MemoryEffect> own = ownEffects(op);
        if (own != null) {
            if (!own.isEmpty()) return false;
            if (!recursive) return true;
        } else if (!recursive) {
            return false;
        }
        for (int r = 0; r < op.numRegions(); r++) {
            for (Block block : op.region(r).blocks()) {
                for (Operation nested : block) {
                    if (!isMemoryEffectFree(nested)) return false;
                }
            }
        }
        return true;
    }

    /**
     * The effects of the op and, where it has recursive effects, of the ops nested in it; null
     * when some op among them may have any effect.
     */
    public static List<MemoryEffect> effectsRecursively(Operation root) {
        List<MemoryEffect> effects = new ArrayList<>();
        boolean known = visitEffects(root, (op, own) -> {
            effects.addAll(own);
            return true;
        });
        return known ? effects : null;
    }

    /**
     * Visits the op and, through recursive effects, the ops nested in it, with the effects
     * each states; false when the visitor rejects one or some op's effects are unknown.
     */
    private static boolean visitEffects(Operation root, java.util.function.BiPredicate<Operation, List<MemoryEffect>> visit) {
        ArrayList<Operation> worklist = new ArrayList<>();
        worklist.add(root);
        while (!worklist.isEmpty()) {
            Operation op = worklist.removeLast();
            boolean recursive = op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS);
            if (recursive) {
                for (int r = 0; r < op.numRegions(); r++) {
                    for (Block block : op.region(r).blocks()) {
                        for (Operation nested : block) worklist.add(nested);
                    }
                }
            }
            List<MemoryEffect> own = ownEffects(op);
            if (own == null ? !recursive : !visit.test(op, own)) return false;
        }
        return true;
    }

    /** Whether the op states effects, has at least one, and all of them are of {@code kind}. */
    public static boolean hasOnlyEffect(Operation op, MemoryEffect.Kind kind) {
        List<MemoryEffect> effects = ownEffects(op);
        if (effects == null || effects.isEmpty()) return false;
        for (MemoryEffect e : effects) if (e.kind() != kind) return false;
        return true;
    }

    /** Whether the op states an effect of {@code kind}. */
    public static boolean hasEffect(Operation op, MemoryEffect.Kind kind) {
        List<MemoryEffect> effects = ownEffects(op);
        if (effects == null) return false;
        for (MemoryEffect e : effects) if (e.kind() == kind) return true;
        return false;
    }

    /** Whether the op has no uses and could be erased without changing what the program does. */
    public static boolean isOpTriviallyDead(Operation op) {
        return op.useEmpty() && wouldOpBeTriviallyDead(op);
    }

    /**
     * Whether the op could be erased if it had no uses: it is no terminator (which an
     * unregistered op might be) and no symbol, and its effects, nested ones included where they
     * count, are only reads and allocations of its own results.
     */
    public static boolean wouldOpBeTriviallyDead(Operation op) {
        if (!op.isRegistered() || op.hasTrait(Trait.TERMINATOR)) return false;
        if (isSymbol(op)) return false;
        return hasOnlyDroppableEffects(op);
    }

    private static boolean isSymbol(Operation op) {
        if (!op.hasTrait(Trait.SYMBOL)) return false;
        return !(op instanceof SymbolOpInterface s && s.isOptionalSymbol()) || op.inherentOrDiscardable("sym_name") != null;
    }

    /** The check of {@link #wouldOpBeTriviallyDead} past its first rules; nested terminators count like any op. */
    private static boolean hasOnlyDroppableEffects(Operation root) {
        return visitEffects(root, (op, effects) -> {
            for (MemoryEffect e : effects) {
                if (e.kind() != MemoryEffect.Kind.READ && !isAllocationOfOwnResult(e, op, effects)) return false;
            }
            return true;
        });
    }

    /** Whether the op allocates {@code effect}'s value, one of its own results (any effect on it may then be dropped). */
    private static boolean isAllocationOfOwnResult(MemoryEffect effect, Operation op, List<MemoryEffect> effects) {
        Value v = effect.value();
        if (v == null || v.definingOp() != op) return false;
        for (MemoryEffect e : effects) {
            if (e.kind() == MemoryEffect.Kind.ALLOCATE && e.value() == v) return true;
        }
        return false;
    }
}
