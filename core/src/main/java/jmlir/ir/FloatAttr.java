package jmlir.ir;

/** A floating-point constant of a float type ({@code 1.5 : f32}). */
public record FloatAttr(Type type, FloatValue value) implements Attribute {
}
