package jmlir.ir;

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
}
