package jmlir.ir;

import java.util.List;

/**
 * An attribute of a dialect defined at run time (from IRDL): {@code #dialect.name<p0, p1>}. The
 * parameters are attributes; type parameters are held as {@link TypeAttr}s.
 */
public record DynamicAttr(String dialect, String name, List<Attribute> params) implements Attribute {
    public DynamicAttr {
        params = List.copyOf(params);
    }
}
