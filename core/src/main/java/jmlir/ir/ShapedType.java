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

    /**
     * MLIR's verifyCompatibleShapes: all shaped or none; scalable vectors not mixed with other
     * types; the ranked ones of one rank, with static sizes that agree in each dimension.
     */
    static boolean compatibleShapes(java.util.List<Type> types) {
        int shaped = 0;
        for (Type t : types) if (t instanceof ShapedType) shaped++;
        if (shaped == 0) return true;
        if (shaped != types.size()) return false;
        int scalable = 0;
        for (Type t : types) if (t instanceof VectorType v && v.isScalable()) scalable++;
        if (scalable != 0 && scalable != types.size()) return false;
        long[] first = null;
        for (Type t : types) {
            ShapedType s = (ShapedType) t;
            if (!s.hasRank()) continue;
            long[] shape = s.shape();
            if (first == null) {
                first = shape;
                continue;
            }
            if (shape.length != first.length) return false;
            for (int d = 0; d < shape.length; d++) {
                if (first[d] == ShapedType.DYNAMIC) first = withDim(first, d, shape[d]);
                else if (shape[d] != ShapedType.DYNAMIC && shape[d] != first[d]) return false;
            }
        }
        return true;
    }

    private static long[] withDim(long[] shape, int d, long size) {
        long[] copy = shape.clone();
        copy[d] = size;
        return copy;
    }
}
