package jmlir.ir;

/**
 * {@code dense<...>}: every element of a static shape, held in memory. A splat holds one value
 * that stands for all elements.
 */
public sealed interface DenseElementsAttr extends ElementsAttr
        permits DenseIntOrFloatElementsAttr, DenseStringElementsAttr {
    /** Whether all elements are one value (stored once). */
    boolean isSplat();
}
