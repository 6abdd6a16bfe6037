package jmlir.ir;

import java.util.List;

/**
 * A type of a dialect defined at run time (from IRDL): {@code !dialect.name<p0, p1>}. The
 * parameters are attributes; type parameters are held as {@link TypeAttr}s.
 */
public record DynamicType(String dialect, String name, List<Attribute> params) implements Type {
    public DynamicType {
        params = List.copyOf(params);
    }
}
