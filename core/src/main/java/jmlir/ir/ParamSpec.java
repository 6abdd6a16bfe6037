package jmlir.ir;

/**
 * A parameter of a {@link TypeDef} or {@link AttrDef}: its name, its kind, and whether it may be
 * left out ({@code optional}: absent values are null; with a {@code defaultValue}: absent
 * values are the default). Formats leave out optional parameters that are absent or equal to
 * their default.
 */
public record ParamSpec(String name, ParamKind kind, boolean optional, Object defaultValue) {
    /** Whether the parameter may be left out of the written form (OptionalParameter or DefaultValuedParameter). */
    public boolean isOptional() {
        return optional || defaultValue != null;
    }

    /** Whether a value is written: it is there and not the default. */
    public boolean isPresent(Object value) {
        return value != null && !value.equals(defaultValue);
    }
}
