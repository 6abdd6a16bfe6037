package jmlir.syntax;

import jmlir.ir.Attribute;

/** Attributes as text, without aliases: for diagnostics and toString. */
public final class AttributePrinting {
    private AttributePrinting() {
    }

    public static String toString(Attribute attr) {
        StringBuilder sb = new StringBuilder();
        AttrTypePrinter.plain(sb).printAttribute(attr);
        return sb.toString();
    }
}
