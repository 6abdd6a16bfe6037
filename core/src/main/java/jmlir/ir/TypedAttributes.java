package jmlir.ir;

/** The type of attributes that have one (MLIR's TypedAttr): integers, floats, strings, elements. */
public final class TypedAttributes {
    private TypedAttributes() {
    }

    /** The attribute's type, or null when it has none. Strings without a written type have type none. */
    public static Type typeOf(Attribute attr) {
        if (attr instanceof IntegerAttr i) return i.type();
        if (attr instanceof FloatAttr f) return f.type();
        if (attr instanceof StringAttr s) return s.type() == null ? NoneType.INSTANCE : s.type();
        if (attr instanceof OpaqueAttr o) return o.type();
        if (attr instanceof ElementsAttr e) return e.type();
        return null;
    }
}
