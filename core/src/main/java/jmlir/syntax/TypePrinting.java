package jmlir.syntax;

import jmlir.ir.Type;

/** Types as text, without aliases: for diagnostics and toString. */
public final class TypePrinting {
    private TypePrinting() {
    }

    public static String toString(Type type) {
        StringBuilder sb = new StringBuilder();
        AttrTypePrinter.plain(sb).printType(type);
        return sb.toString();
    }
}
