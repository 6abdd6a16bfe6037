package jmlir.transform;

import jmlir.ir.Operation;
import jmlir.ir.OperationEquivalence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations keyed by what they compute (LLVM's ScopedHashTable over MLIR's operation
 * equivalence, locations ignored). An insertion shadows an equivalent op until the scope it was
 * made in is closed.
 */
final class ScopedOpTable {
    /** An op as a key: hashed once, compared by equivalence. */
    private static final class Key {
        final Operation op;
        final int hash;

        Key(Operation op) {
            this.op = op;
            this.hash = OperationEquivalence.hashIgnoringLocations(op);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (k.op == op
                    || (k.hash == hash && OperationEquivalence.isEquivalentIgnoringLocations(op, k.op)));
        }
    }

    /** A value, over the one it shadows. */
    private record Entry(Operation op, Entry shadowed) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    /** For each open scope, the keys inserted in it, in order. */
    private final List<List<Key>> scopes = new ArrayList<>();

    void openScope() {
        scopes.add(new ArrayList<>());
    }

    /** Closes the innermost scope, bringing back what its insertions shadowed. */
    void closeScope() {
        List<Key> inserted = scopes.removeLast();
        for (int i = inserted.size() - 1; i >= 0; i--) {
            Key key = inserted.get(i);
            Entry top = entries.get(key);
            if (top.shadowed() == null) entries.remove(key);
            else entries.put(key, top.shadowed());
        }
    }

    /** The op most recently inserted that is equivalent to {@code op}, or null. */
    Operation lookup(Operation op) {
        Entry e = entries.get(new Key(op));
        return e == null ? null : e.op();
    }

    boolean contains(Operation op) {
        return entries.containsKey(new Key(op));
    }

    /** Inserts {@code op} in the innermost scope. */
    void insert(Operation op) {
        Key key = new Key(op);
        entries.put(key, new Entry(op, entries.get(key)));
        scopes.getLast().add(key);
    }
}
