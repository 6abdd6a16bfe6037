package jmlir.ir;

import java.util.Objects;

/** A type used as an attribute value ({@code attr = i32}). */
public record TypeAttr(Type type) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof TypeAttr that && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(type);
    }
}
