package jmlir.syntax;

import jmlir.ir.Attribute;

/**
 * How an attribute is written where its kind is known from context: in an op's declarative
 * format ({@code slt}, {@code @name}, {@code [0, 1]}, {@code <fast>}), and after the
 * {@code #dialect.mnemonic} prefix of a dialect attribute.
 */
public interface AttrSyntax {
    /** Reads a value or fails; {@code attrName} names the attribute in messages. */
    Attribute parse(OpAsmParser parser, String attrName);

    /** Reads a value if one starts here; otherwise returns null, consuming nothing. */
    Attribute parseOptional(OpAsmParser parser, String attrName);

    void print(Attribute value, OpAsmPrinter printer);

    /**
     * Whether this is the body of an attribute whose full form carries a
     * {@code #dialect.mnemonic} prefix: {@code qualified(...)} then writes the full form, and
     * parsing accepts it too.
     */
    default boolean isStripped() {
        return false;
    }
}
