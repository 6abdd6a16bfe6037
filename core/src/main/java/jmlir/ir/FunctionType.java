package jmlir.ir;

import java.util.List;
import java.util.Objects;

/** {@code (i32, f32) -> (i64)}. */
public record FunctionType(List<Type> inputs, List<Type> results) implements Type {
    public FunctionType {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionType that
                && Objects.equals(inputs, that.inputs)
                && Objects.equals(results, that.results);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(inputs) + Objects.hashCode(results);
    }
}
