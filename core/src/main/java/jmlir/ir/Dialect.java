package jmlir.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A namespace of operations, types and attributes. A context constructs a dialect the first
 * time its namespace is used; the constructor registers the dialect's op definitions.
 */
public abstract class Dialect {
    private final String namespace;
    private final Map<String, OpDef> operations = new LinkedHashMap<>();

    protected Dialect(String namespace) {
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    /**
     * Whether the dialect keeps named resources (blobs in {@code dialect_resources} of the file
     * metadata); only such dialects may have a section there.
     */
    public boolean acceptsResources() {
        return false;
    }

    protected final void addOperations(OpDef... defs) {
        for (OpDef d : defs) operations.put(d.name(), d);
    }

    /** The definition of the op with this full name ({@code arith.addi}), or null. */
    public OpDef operation(String name) {
        return operations.get(name);
    }

    public Collection<OpDef> operations() {
        return Collections.unmodifiableCollection(operations.values());
    }
}
