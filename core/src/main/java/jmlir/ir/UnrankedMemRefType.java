package jmlir.ir;

import java.util.Objects;

/** {@code memref<*xf32, 1>}: memory space is null when absent. */
public record UnrankedMemRefType(Type elementType, Attribute memorySpace) implements ShapedType {
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
        return o instanceof UnrankedMemRefType that
                && Objects.equals(elementType, that.elementType)
                && Objects.equals(memorySpace, that.memorySpace);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(elementType) + Objects.hashCode(memorySpace);
    }
}
