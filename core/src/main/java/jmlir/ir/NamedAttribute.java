package jmlir.ir;

import java.util.Objects;

/** A name and an attribute, an entry of a dictionary. Names are byte strings like StringAttr's. */
public record NamedAttribute(String name, Attribute value) implements Comparable<NamedAttribute> {
    @Override
    public int compareTo(NamedAttribute o) {
        return name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedAttribute that
                && Objects.equals(name, that.name)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(name) + Objects.hashCode(value);
    }
}
