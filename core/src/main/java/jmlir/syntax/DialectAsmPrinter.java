package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Type;

/**
 * What the body of a dialect type or attribute ({@code <...>} after {@code !dialect.mnemonic})
 * is written with: text, nested types and attributes (with the aliases of the print), string
 * literals, and nested defined types or attributes without their prefix.
 */
public interface DialectAsmPrinter {
    /** Writes text as is. */
    DialectAsmPrinter print(String text);

    void printType(Type type);

    void printAttribute(Attribute attr);

    /** A string literal, quoted and escaped as MLIR prints strings. */
    void printString(String value);

    /**
     * A type or attribute in its stripped form, as a parameter of another one: for a defined
     * type or attribute only its body ({@code <1, 2>}), anything else in full.
     */
    void printStripped(Object typeOrAttribute);

    /** Ends the line (formats write {@code `\n`}). */
    void printNewline();
}
