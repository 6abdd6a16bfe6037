package jmlir.ir;

import java.util.Objects;

/** {@code tensor<*xf32>}. */
public record UnrankedTensorType(Type elementType) implements ShapedType {
    private static final long[] NO_SHAPE = new long[0];

    @Override
    public boolean hasRank() {
        return false;
    }

    @Override
    public long[] shape() {
        return NO_SHAPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnrankedTensorType that && Objects.equals(elementType, that.elementType);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(elementType);
    }
}
