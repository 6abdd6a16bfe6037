package jmlir.ir;

import java.util.Objects;

/** A floating-point constant of a float type ({@code 1.5 : f32}). */
public record FloatAttr(Type type, FloatValue value) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof FloatAttr that
                && Objects.equals(type, that.type)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(type) + Objects.hashCode(value);
    }
}
