package jmlir.ir;

/** {@code affine_set<...>} as an attribute. */
public record IntegerSetAttr(IntegerSet set) implements Attribute {
}
