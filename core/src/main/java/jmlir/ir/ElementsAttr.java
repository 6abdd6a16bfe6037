package jmlir.ir;

/**
 * An attribute holding the elements of a shaped type ({@code dense<...>}, {@code sparse<...>},
 * {@code dense_resource<...>}).
 */
public sealed interface ElementsAttr extends Attribute
        permits DenseElementsAttr, DenseResourceElementsAttr, SparseElementsAttr {
    /** The shaped type (tensor, vector or memref of static shape). */
    ShapedType type();

    default Type elementType() {
        return type().elementType();
    }

    /** The number of elements the type describes. */
    default long numElements() {
        return type().numElements();
    }
}
