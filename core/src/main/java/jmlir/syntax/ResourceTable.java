package jmlir.syntax;

import jmlir.ir.ResourceBlob;
import jmlir.ir.ResourceHandle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of one context: named blobs of dialects ({@code dialect_resources}, what
 * {@code dense_resource<name>} refers to) and the entries of {@code external_resources}, which
 * are kept as read and printed back.
 *
 * <p>Resource names are unique per dialect: inserting a name that is taken gives the new resource
 * the name with {@code _1}, {@code _2}, ... appended, as MLIR's blob manager does.
 */
public final class ResourceTable {
    private final Map<String, Map<String, ResourceHandle>> dialects = new HashMap<>();
    private final Map<String, List<ExternalEntry>> external = new LinkedHashMap<>();

    /** A value of an external resource entry: a bool, a string or a blob. */
    public sealed interface ExternalValue {
    }

    public record BoolValue(boolean value) implements ExternalValue {
    }

    /** A byte string (one char per byte). */
    public record StringValue(String value) implements ExternalValue {
    }

    public record BlobValue(ResourceBlob blob) implements ExternalValue {
    }

    public record ExternalEntry(String key, ExternalValue value) {
    }

    /**
     * Adds a resource of {@code dialect} named {@code name} (or a uniqued variant of it) with the
     * given blob, which may be null; returns its handle.
     */
    public synchronized ResourceHandle insert(String dialect, String name, ResourceBlob blob) {
        Map<String, ResourceHandle> byName = dialects.computeIfAbsent(dialect, d -> new LinkedHashMap<>());
        String key = name;
        for (int counter = 1; byName.containsKey(key); counter++) key = name + "_" + counter;
        ResourceHandle h = new ResourceHandle(dialect, key, blob);
        byName.put(key, h);
        return h;
    }

    /** The resource of {@code dialect} with exactly this key, or null. */
    public synchronized ResourceHandle lookup(String dialect, String key) {
        Map<String, ResourceHandle> byName = dialects.get(dialect);
        return byName == null ? null : byName.get(key);
    }

    /** The resources of {@code dialect}, in insertion order. */
    public synchronized List<ResourceHandle> resources(String dialect) {
        Map<String, ResourceHandle> byName = dialects.get(dialect);
        return byName == null ? List.of() : List.copyOf(byName.values());
    }

    /** Appends an entry to the external resource group {@code group}. */
    public synchronized void addExternal(String group, String key, ExternalValue value) {
        external.computeIfAbsent(group, g -> new ArrayList<>()).add(new ExternalEntry(key, value));
    }

    /** Makes the external group known (printed only if it gets entries). */
    synchronized void declareExternalGroup(String group) {
        external.computeIfAbsent(group, g -> new ArrayList<>());
    }

    /** The external resource groups and their entries, in the order first seen. */
    public synchronized Map<String, List<ExternalEntry>> externalResources() {
        Map<String, List<ExternalEntry>> copy = new LinkedHashMap<>();
        external.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
