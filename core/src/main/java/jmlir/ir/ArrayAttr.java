package jmlir.ir;

import java.util.List;

/** {@code [a, b, c]}. */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
    public ArrayAttr {
        elements = List.copyOf(elements);
    }
}
