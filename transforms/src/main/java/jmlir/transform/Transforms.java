package jmlir.transform;

import jmlir.pass.PassRegistry;

/** The passes jmlir ships. */
public final class Transforms {
    private Transforms() {
    }

    /** Registers every shipped pass. */
    public static PassRegistry registerAll(PassRegistry registry) {
        registry.register(Cse::new);
        return registry.register(Canonicalize::new);
    }
}
