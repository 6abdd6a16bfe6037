package jmlir.pass;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The passes a pipeline can name, each made anew for every place it takes in a pipeline. */
public final class PassRegistry {
    private final Map<String, Supplier<? extends Pass>> passes = new TreeMap<>();

    /** Registers a pass under its argument. */
    public PassRegistry register(Supplier<? extends Pass> factory) {
        passes.put(factory.get().argument(), factory);
        return this;
    }

    /** A new instance of the pass named {@code argument}, or null. */
    public Pass create(String argument) {
        Supplier<? extends Pass> f = passes.get(argument);
        return f == null ? null : f.get();
    }

    /** Whether a pass is registered under {@code argument}. */
    public boolean contains(String argument) {
        return passes.containsKey(argument);
    }

    /** The registered arguments, in name order. */
    public Iterable<String> arguments() {
        return passes.keySet();
    }
}
