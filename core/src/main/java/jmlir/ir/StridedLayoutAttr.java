package jmlir.ir;

import java.util.Arrays;

/** {@code strided<[s0, s1], offset: o>}; dynamic values are {@link ShapedType#DYNAMIC}. */
public record StridedLayoutAttr(long offset, long[] strides) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof StridedLayoutAttr s && offset == s.offset && Arrays.equals(strides, s.strides);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + Arrays.hashCode(strides);
    }
}
