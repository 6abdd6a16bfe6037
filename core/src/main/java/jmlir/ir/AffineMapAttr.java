package jmlir.ir;

import java.util.Objects;

/** {@code affine_map<...>} as an attribute. */
public record AffineMapAttr(AffineMap map) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof AffineMapAttr that && Objects.equals(map, that.map);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(map);
    }
}
