package jmlir.ir;

/**
 * {@code distinct[N]<attr>}: an attribute unique by identity, not by value. Equality is identity;
 * the printer renumbers them in order of first appearance.
 */
public final class DistinctAttr implements Attribute {
    private final Attribute referenced;

    public DistinctAttr(Attribute referenced) {
        this.referenced = referenced;
    }

    public Attribute referenced() {
        return referenced;
    }
}
