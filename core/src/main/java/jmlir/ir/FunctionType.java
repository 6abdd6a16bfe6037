package jmlir.ir;

import java.util.List;

/** {@code (i32, f32) -> (i64)}. */
public record FunctionType(List<Type> inputs, List<Type> results) implements Type {
    public FunctionType {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
    }
}
