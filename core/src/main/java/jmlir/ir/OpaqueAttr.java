package jmlir.ir;

import java.util.Objects;

/**
 * An attribute of a dialect jmlir does not know, kept verbatim: {@code #dialect.body}, plus an
 * optional trailing type (null when absent).
 */
public record OpaqueAttr(String dialect, String body, Type type) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueAttr that
                && Objects.equals(dialect, that.dialect)
                && Objects.equals(body, that.body)
                && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(dialect);
        h = 31 * h + Objects.hashCode(body);
        h = 31 * h + Objects.hashCode(type);
        return h;
    }
}
