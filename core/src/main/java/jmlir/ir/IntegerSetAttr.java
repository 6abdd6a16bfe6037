package jmlir.ir;

import java.util.Objects;

/** {@code affine_set<...>} as an attribute. */
public record IntegerSetAttr(IntegerSet set) implements Attribute {
    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerSetAttr that && Objects.equals(set, that.set);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(set);
    }
}
