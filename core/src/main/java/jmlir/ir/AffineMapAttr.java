package jmlir.ir;

/** {@code affine_map<...>} as an attribute. */
public record AffineMapAttr(AffineMap map) implements Attribute {
}
