package jmlir.ir;

/**
 * The name of an operation ({@code arith.addi}), interned per context, with its definition when
 * the op belongs to a registered dialect.
 */
public final class OperationName {
    private final String name;
    private final String dialectNamespace;
    private final OpDef definition;
    private final Dialect dialect;

    OperationName(String name, OpDef definition, Dialect dialect) {
        this.name = name;
        int dot = name.indexOf('.');
        this.dialectNamespace = dot < 0 ? "" : name.substring(0, dot);
        this.definition = definition;
        this.dialect = dialect;
    }

    public String name() {
        return name;
    }

    public String dialectNamespace() {
        return dialectNamespace;
    }

    /** The op's definition, or null for an unregistered op. */
    public OpDef definition() {
        return definition;
    }

    /** Whether the op's dialect is registered (even if the op itself is not one of its ops). */
    public boolean inRegisteredDialect() {
        return dialect != null;
    }

    /** The op's dialect, or null when its namespace is not a registered dialect. */
    public Dialect dialect() {
        return dialect;
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
