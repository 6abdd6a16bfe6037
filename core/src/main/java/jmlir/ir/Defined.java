package jmlir.ir;

import jmlir.syntax.AttributePrinting;
import jmlir.syntax.TypePrinting;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An instance of a {@link TypeDef} or {@link AttrDef}: the definition and one value per
 * parameter (null for an absent optional one). Instances are equal when their definitions and
 * parameters are; {@code get} on the definition interns them in the {@link Context}. Typed
 * classes extend {@link DefinedType} or {@link DefinedAttr} to add accessors.
 */
public abstract sealed class Defined permits DefinedType, DefinedAttr {
    private final AttrOrTypeDef def;
    private final Object[] values;
    private final int hash;

    Defined(AttrOrTypeDef def, List<Object> values) {
        if (values.size() != def.parameters().size()) {
            throw new IllegalArgumentException(def.name() + " has " + def.parameters().size() + " parameters, got "
                    + values.size());
        }
        this.def = def;
        this.values = values.toArray();
        this.hash = def.hashCode() * 31 + Arrays.hashCode(this.values);
    }

    public AttrOrTypeDef definition() {
        return def;
    }

    /** The parameter values in definition order; absent optional ones are null. */
    public List<Object> parameters() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    /** The value of the parameter {@code name} (null when an optional one is absent). */
    public Object parameter(String name) {
        int i = def.parameterIndex(name);
        if (i < 0) throw new IllegalArgumentException(def.name() + " has no parameter '" + name + "'");
        return values[i];
    }

    Object parameter(int i) {
        return values[i];
    }

    public long integer(String name) {
        return (Long) parameter(name);
    }

    public String string(String name) {
        return (String) parameter(name);
    }

    public Type type(String name) {
        return (Type) parameter(name);
    }

    public Attribute attribute(String name) {
        return (Attribute) parameter(name);
    }

    public List<?> array(String name) {
        return (List<?>) parameter(name);
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || o instanceof Defined d && d.def == def && d.hash == hash && Arrays.equals(d.values, values);
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return this instanceof Type t ? TypePrinting.toString(t) : AttributePrinting.toString((Attribute) this);
    }
}
