package jmlir.ir;

/**
 * A type of a dialect jmlir does not know, kept verbatim: {@code !dialect.body} where body is the
 * text after the dot (e.g. {@code ptr<1>}), or the pretty form's full text.
 */
public record OpaqueType(String dialect, String body) implements Type {
}
