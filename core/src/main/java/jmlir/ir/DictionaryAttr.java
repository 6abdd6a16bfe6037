package jmlir.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** {@code {a = 1, b}}: entries sorted by name, names unique. */
public record DictionaryAttr(List<NamedAttribute> entries) implements Attribute {
    public static final DictionaryAttr EMPTY = new DictionaryAttr(List.of());

    public DictionaryAttr {
        entries = List.copyOf(entries);
    }

    /** Builds a dictionary from entries in any order; the caller guarantees unique names. */
    public static DictionaryAttr sorted(List<NamedAttribute> entries) {
        if (entries.isEmpty()) return EMPTY;
        List<NamedAttribute> copy = new ArrayList<>(entries);
        Collections.sort(copy);
        return new DictionaryAttr(copy);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Attribute get(String name) {
        int lo = 0, hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = entries.get(mid).name().compareTo(name);
            if (c == 0) return entries.get(mid).value();
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictionaryAttr that && Objects.equals(entries, that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(entries);
    }
}
