package jmlir.ir;

import java.util.Objects;

/**
 * A type of a dialect jmlir does not know, kept verbatim: {@code !dialect.body} where body is the
 * text after the dot (e.g. {@code ptr<1>}), or the pretty form's full text.
 */
public record OpaqueType(String dialect, String body) implements Type {
    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueType that
                && Objects.equals(dialect, that.dialect)
                && Objects.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(dialect) + Objects.hashCode(body);
    }
}
