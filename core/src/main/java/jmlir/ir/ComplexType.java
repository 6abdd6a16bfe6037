package jmlir.ir;

import java.util.Objects;

/** {@code complex<f32>}. */
public record ComplexType(Type elementType) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof ComplexType that && Objects.equals(elementType, that.elementType);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(elementType);
    }
}
