package jmlir.ir;

/** {@code unit}: present-or-absent flags. */
public record UnitAttr() implements Attribute {
    public static final UnitAttr INSTANCE = new UnitAttr();
}
