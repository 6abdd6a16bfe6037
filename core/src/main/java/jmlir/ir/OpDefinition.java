package jmlir.ir;

import java.util.EnumSet;
import java.util.Set;

/** What a registered dialect says about one of its operations. */
public class OpDefinition {
    private final String name;
    private final Set<Trait> traits;

    public OpDefinition(String name, Set<Trait> traits) {
        this.name = name;
        this.traits = traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(traits);
    }

    public String name() {
        return name;
    }

    public boolean hasTrait(Trait trait) {
        return traits.contains(trait);
    }
}
