package jmlir.ir;

/** The type of attributes that have one (MLIR's TypedAttr): integers, floats, strings, elements. */
public final class TypedAttributes {
    private TypedAttributes() {
    }

    /** The attribute's type, or null when it has none. Strings without a written type have type none. */
    public static Type typeOf(Attribute attr) {
        return switch (attr) {
            case IntegerAttr i -> i.type();
            case FloatAttr f -> f.type();
            case StringAttr s -> s.type() == null ? NoneType.INSTANCE : s.type();
            case OpaqueAttr o -> o.type();
            case ElementsAttr e -> e.type();
            default -> null;
        };
    }
}
