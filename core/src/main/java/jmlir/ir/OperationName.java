package jmlir.ir;

/**
 * The name of an operation ({@code arith.addi}), interned per context, with its definition when
 * the op belongs to a registered dialect.
 */
public final class OperationName {
    private final String name;
    private final String dialectNamespace;
    private final OpDefinition definition;

    OperationName(String name, OpDefinition definition) {
        this.name = name;
        int dot = name.indexOf('.');
        this.dialectNamespace = dot < 0 ? "" : name.substring(0, dot);
        this.definition = definition;
    }

    public String name() {
        return name;
    }

    public String dialectNamespace() {
        return dialectNamespace;
    }

    /** The op's definition, or null for an unregistered op. */
    public OpDefinition definition() {
        return definition;
    }

    public boolean isRegistered() {
        return definition != null;
    }

    public boolean hasTrait(Trait trait) {
        return definition != null && definition.hasTrait(trait);
    }

    @Override
    public String toString() {
        return name;
    }
}
