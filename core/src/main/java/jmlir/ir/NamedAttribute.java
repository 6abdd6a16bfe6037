package jmlir.ir;

/** A name and an attribute, an entry of a dictionary. Names are byte strings like StringAttr's. */
public record NamedAttribute(String name, Attribute value) implements Comparable<NamedAttribute> {
    @Override
    public int compareTo(NamedAttribute o) {
        return name.compareTo(o.name);
    }
}
