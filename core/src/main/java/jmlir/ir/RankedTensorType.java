package jmlir.ir;

import java.util.Arrays;
import java.util.Objects;

/** {@code tensor<2x?xf32>} with an optional encoding attribute (null when absent). */
public record RankedTensorType(long[] shape, Type elementType, Attribute encoding) implements ShapedType {
    public RankedTensorType(long[] shape, Type elementType) {
        this(shape, elementType, null);
    }

    @Override
    public boolean hasRank() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankedTensorType t && Arrays.equals(shape, t.shape)
                && elementType.equals(t.elementType) && Objects.equals(encoding, t.encoding);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(shape) * 31 + elementType.hashCode()) * 31 + Objects.hashCode(encoding);
    }
}
