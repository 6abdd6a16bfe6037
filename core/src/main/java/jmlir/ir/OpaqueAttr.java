package jmlir.ir;

/**
 * An attribute of a dialect jmlir does not know, kept verbatim: {@code #dialect.body}, plus an
 * optional trailing type (null when absent).
 */
public record OpaqueAttr(String dialect, String body, Type type) implements Attribute {
}
