package jmlir.ir;

import java.util.Arrays;

/** {@code vector<4x[8]xf32>}: scalable dimensions are marked per dimension. */
public record VectorType(long[] shape, boolean[] scalableDims, Type elementType) implements ShapedType {
    public VectorType(long[] shape, Type elementType) {
        this(shape, new boolean[shape.length], elementType);
    }

    @Override
    public boolean hasRank() {
        return true;
    }

    public boolean isScalable() {
        for (boolean b : scalableDims) if (b) return true;
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorType v && Arrays.equals(shape, v.shape)
                && Arrays.equals(scalableDims, v.scalableDims) && elementType.equals(v.elementType);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(shape) * 31 + Arrays.hashCode(scalableDims)) * 31 + elementType.hashCode();
    }
}
