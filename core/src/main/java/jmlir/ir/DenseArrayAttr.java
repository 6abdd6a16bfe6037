package jmlir.ir;

import java.util.Arrays;

/**
 * {@code array<i64: 1, 2>}: a 1-D array of integers or floats of one element type. Integer
 * elements are held as longs in the element type's interpretation; float elements as their raw
 * bit patterns.
 */
public record DenseArrayAttr(Type elementType, long[] values) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof DenseArrayAttr d && elementType.equals(d.elementType) && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        return elementType.hashCode() * 31 + Arrays.hashCode(values);
    }
}
