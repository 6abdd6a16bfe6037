package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Type;

/** Reads {@code dense<...>}, {@code dense_resource<...>} and {@code sparse<...>} attributes. */
final class DenseSyntax {
    private DenseSyntax() {
    }

    static Attribute parseDense(Parser p, Type type) {
        throw p.errorAtToken("dense elements are not supported yet");
    }

    static Attribute parseDenseResource(Parser p, Type type) {
        throw p.errorAtToken("dense resources are not supported yet");
    }

    static Attribute parseSparse(Parser p, Type type) {
        throw p.errorAtToken("sparse elements are not supported yet");
    }

    /** Prints attributes this class reads. */
    static void print(Attribute attr, AttrTypePrinter printer) {
        printer.out.append(attr);
    }

    /** The type of a dense attribute, for alias collection; null for other values. */
    static Type typeOf(Object value) {
        return null;
    }
}
