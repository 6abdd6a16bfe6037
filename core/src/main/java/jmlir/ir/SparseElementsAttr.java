package jmlir.ir;

import java.util.Objects;

/**
 * {@code sparse<indices, values> : type}: the elements at {@code indices} (an N x rank tensor of
 * i64, or a splat) take {@code values} (a 1-d tensor of N values, or a splat); all others are
 * zero.
 */
public record SparseElementsAttr(ShapedType type, DenseIntOrFloatElementsAttr indices, DenseElementsAttr values)
        implements ElementsAttr {
    /** The number of explicitly given elements. */
    public long numSparseIndices() {
        return indices.type().shape().length == 0 ? 1 : indices.type().shape()[0];
    }

    /** The coordinates of the {@code n}-th given element. */
    public long[] indexAt(long n) {
        int rank = type.rank();
        long[] index = new long[rank];
        if (indices.isSplat()) {
            java.util.Arrays.fill(index, indices.getInt(0));
            return index;
        }
        for (int d = 0; d < rank; d++) index[d] = indices.getInt(n * rank + d);
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseElementsAttr that
                && Objects.equals(type, that.type)
                && Objects.equals(indices, that.indices)
                && Objects.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(type);
        h = 31 * h + Objects.hashCode(indices);
        h = 31 * h + Objects.hashCode(values);
        return h;
    }
}
