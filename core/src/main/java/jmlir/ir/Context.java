package jmlir.ir;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Owns what IR objects share: interned types and attributes, operation names, and the dialect
 * registry (dialects load lazily, when their namespace is first seen). Thread-safe.
 */
public final class Context {
    private final ConcurrentHashMap<Object, Object> interned = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, OperationName> opNames = new ConcurrentHashMap<>();
    private final Map<String, Supplier<? extends Dialect>> available = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Dialect> loaded = new ConcurrentHashMap<>();
    private volatile boolean allowUnregisteredDialects;

    public Context() {
        register("builtin", BuiltinDialect::new);
    }

    /** Makes a dialect available; it is constructed the first time its namespace is used. */
    public void register(String namespace, Supplier<? extends Dialect> factory) {
        available.put(namespace, factory);
    }

    public boolean allowsUnregisteredDialects() {
        return allowUnregisteredDialects;
    }

    public void setAllowUnregisteredDialects(boolean allow) {
        this.allowUnregisteredDialects = allow;
    }

    /** The dialect with this namespace, loading it if needed; null if none is registered. */
    public Dialect dialect(String namespace) {
        Dialect d = loaded.get(namespace);
        if (d != null) return d;
        Supplier<? extends Dialect> factory = available.get(namespace);
        if (factory == null) return null;
        return loaded.computeIfAbsent(namespace, ns -> factory.get());
    }

    /** Whether a dialect with this namespace is registered (loaded or not). */
    public boolean isRegisteredDialect(String namespace) {
        return available.containsKey(namespace);
    }

    /** The dialects loaded so far, in namespace order. */
    public java.util.List<Dialect> loadedDialects() {
        java.util.List<Dialect> all = new java.util.ArrayList<>(loaded.values());
        all.sort(java.util.Comparator.comparing(Dialect::namespace));
        return all;
    }

    public Iterable<String> registeredDialects() {
        return new java.util.TreeSet<>(available.keySet());
    }

    /** The interned name for {@code name}, bound to its definition if its dialect defines it. */
    public OperationName operationName(String name) {
        OperationName n = opNames.get(name);
        if (n != null) return n;
        return opNames.computeIfAbsent(name, this::resolve);
    }

    private OperationName resolve(String name) {
        int dot = name.indexOf('.');
        Dialect d = dot < 0 ? null : dialect(name.substring(0, dot));
        return new OperationName(name, d == null ? null : d.operation(name), d);
    }

    /** Returns the canonical instance equal to {@code value}. */
    @SuppressWarnings("unchecked")
    public <T> T intern(T value) {
        Object existing = interned.putIfAbsent(value, value);
        return existing == null ? value : (T) existing;
    }
}
