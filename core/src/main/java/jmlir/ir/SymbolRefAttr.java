package jmlir.ir;

import java.util.List;

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
}
