package jmlir.ir;

import java.util.List;
import java.util.Objects;

/** {@code [a, b, c]}. */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
    public ArrayAttr {
        elements = List.copyOf(elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayAttr that && Objects.equals(elements, that.elements);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(elements);
    }
}
