package jmlir.ir;

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
}
