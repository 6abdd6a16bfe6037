package jmlir.ir;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code memref<4x?xf32, strided<[?, 1]>, 3>}: layout and memory space are null when absent
 * (the identity layout and the default memory space). An identity affine map given as the
 * layout is the default layout and is stored as null.
 */
public record MemRefType(long[] shape, Type elementType, Attribute layout, Attribute memorySpace)
        implements ShapedType {
    public MemRefType {
        if (layout instanceof AffineMapAttr m && m.map().isIdentity()) layout = null;
    }

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
