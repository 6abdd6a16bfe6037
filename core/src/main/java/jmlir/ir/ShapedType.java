package jmlir.ir;

/** A type with a shape and an element type: vectors, tensors, memrefs. */
public interface ShapedType extends Type {
    /** The marker for a dynamic dimension ({@code ?}), as MLIR's kDynamic. */
    long DYNAMIC = Long.MIN_VALUE;

    Type elementType();

    boolean hasRank();

    /** The dimensions; only meaningful when {@link #hasRank()}. Callers must not modify it. */
    long[] shape();

    default int rank() {
        return shape().length;
    }

    default boolean hasStaticShape() {
        if (!hasRank()) return false;
        for (long d : shape()) if (d == DYNAMIC) return false;
        return true;
    }

    /** The number of elements of a static shape. */
    default long numElements() {
        long n = 1;
        for (long d : shape()) n *= d;
        return n;
    }
}
