package jmlir.ir;

/** {@code unit}: present-or-absent flags. */
public record UnitAttr() implements Attribute {
    public static final UnitAttr INSTANCE = new UnitAttr();

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitAttr;
    }

    @Override
    public int hashCode() {
        return 827;
    }
}
