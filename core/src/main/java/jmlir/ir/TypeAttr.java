package jmlir.ir;

/** A type used as an attribute value ({@code attr = i32}). */
public record TypeAttr(Type type) implements Attribute {
}
