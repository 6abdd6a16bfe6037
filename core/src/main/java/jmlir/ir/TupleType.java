package jmlir.ir;

import java.util.List;
import java.util.Objects;

/** {@code tuple<i32, f32>}. */
public record TupleType(List<Type> types) implements Type {
    public TupleType {
        types = List.copyOf(types);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TupleType that && Objects.equals(types, that.types);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(types);
    }
}
