package jmlir.ir;

/** {@code complex<f32>}. */
public record ComplexType(Type elementType) implements Type {
}
