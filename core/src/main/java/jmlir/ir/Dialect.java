package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/** A namespace of operations, types and attributes. Loaded into a context on first use. */
public abstract class Dialect {
    private final String namespace;

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

    /** The operations this dialect defines. */
    public List<OpDefinition> operations() {
        return new ArrayList<>();
    }
}
