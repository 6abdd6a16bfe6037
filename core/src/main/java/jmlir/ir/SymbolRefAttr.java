package jmlir.ir;

import java.util.List;
import java.util.Objects;

/** {@code @sym} or nested {@code @outer::@inner}. */
public record SymbolRefAttr(String root, List<String> nested) implements Attribute {
    public SymbolRefAttr {
        nested = List.copyOf(nested);
    }

    public static SymbolRefAttr flat(String name) {
        return new SymbolRefAttr(name, List.of());
    }

    public String leaf() {
        return nested.isEmpty() ? root : nested.get(nested.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymbolRefAttr that
                && Objects.equals(root, that.root)
                && Objects.equals(nested, that.nested);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(root) + Objects.hashCode(nested);
    }
}
