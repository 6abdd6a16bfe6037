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

    /**
     * Writes through an op printer: for defined types and attributes that an op's format shows
     * without their prefix.
     */
    static DialectAsmPrinter of(OpAsmPrinter printer) {
        return new DialectAsmPrinter() {
            @Override
            public DialectAsmPrinter print(String text) {
                printer.print(text);
                return this;
            }

            @Override
            public void printType(Type type) {
                printer.printType(type);
            }

            @Override
            public void printAttribute(Attribute attr) {
                printer.printAttribute(attr);
            }

            @Override
            public void printString(String value) {
                printer.print(AttrTypePrinter.quoted(value));
            }

            @Override
            public void printStripped(Object value) {
                if (value instanceof jmlir.ir.Defined d) d.definition().assembly().print(d, this);
                else if (value instanceof Type t) printType(t);
                else printAttribute((Attribute) value);
            }

            @Override
            public void printNewline() {
                printer.printNewline();
            }
        };
    }
}
