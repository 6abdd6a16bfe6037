package jmlir.ir;

import java.util.List;
import java.util.Objects;

/**
 * A type of a dialect defined at run time (from IRDL): {@code !dialect.name<p0, p1>}. The
 * parameters are attributes; type parameters are held as {@link TypeAttr}s.
 */
public record DynamicType(String dialect, String name, List<Attribute> params) implements Type {
    public DynamicType {
        params = List.copyOf(params);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamicType that
                && Objects.equals(dialect, that.dialect)
                && Objects.equals(name, that.name)
                && Objects.equals(params, that.params);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(dialect);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(params);
        return h;
    }
}
