package jmlir.transform;

import jmlir.pass.PassRegistry;

/** The passes jmlir ships. */
public final class Transforms {
    private Transforms() {
    }

    /** Registers every shipped pass. */
    public static PassRegistry registerAll(PassRegistry registry) {
        registry.register(Canonicalize::new);
        registry.register(Cse::new);
        registry.register(PrintOpStats::new);
        registry.register(StripDebugInfo::new);
        registry.register(SymbolDce::new);
        registry.register(SymbolPrivatize::new);
        return registry;
    }
}
