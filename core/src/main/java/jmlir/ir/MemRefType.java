package jmlir.ir;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code memref<4x?xf32, strided<[?, 1]>, 3>}: layout and memory space are null when absent
 * (the identity layout and the default memory space).
 */
public record MemRefType(long[] shape, Type elementType, Attribute layout, Attribute memorySpace)
        implements ShapedType {
    @Override
    public boolean hasRank() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemRefType m && Arrays.equals(shape, m.shape) && elementType.equals(m.elementType)
                && Objects.equals(layout, m.layout) && Objects.equals(memorySpace, m.memorySpace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(shape), elementType, layout, memorySpace);
    }
}
