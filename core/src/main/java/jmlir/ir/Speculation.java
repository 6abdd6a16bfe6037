package jmlir.ir;

/**
 * Whether an op may run where it would not have run (hoisted out of a loop or a branch), as
 * MLIR's ConditionallySpeculatable answers it: ops that are {@link Trait#PURE} or
 * {@link Trait#ALWAYS_SPECULATABLE} may; any other op, unregistered ones included, may not.
 */
public final class Speculation {
    private Speculation() {
    }

    public static boolean isSpeculatable(Operation op) {
        return op.hasTrait(Trait.PURE) || op.hasTrait(Trait.ALWAYS_SPECULATABLE);
    }
}
