package jmlir.syntax;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jmlir.ir.Attribute;
import jmlir.ir.Location;

/**
 * Prints a location as MLIR does, e.g. {@code loc(callsite("f" at "a.mlir":3:4))}. Diagnostics
 * prefix their message with this form when the location holds no file position. The metadata
 * of a fused location is an arbitrary attribute, printed by the function given.
 */
public final class LocationPrinter {
    private final Function<Attribute, String> attributePrinter;

    /** Prints fused-location metadata with {@code String.valueOf}. */
    public LocationPrinter() {
        this(String::valueOf);
    }

    public LocationPrinter(Function<Attribute, String> attributePrinter) {
        this.attributePrinter = attributePrinter;
    }

    /** The {@code loc(...)} form. */
    public String print(Location location) {
        StringBuilder out = new StringBuilder("loc(");
        printInner(location, out);
        return out.append(')').toString();
    }

    /** The form inside {@code loc(...)}. */
    public String printInner(Location location) {
        StringBuilder out = new StringBuilder();
        printInner(location, out);
        return out.toString();
    }

    private void printInner(Location location, StringBuilder out) {
        switch (location) {
            case Location.Unknown u -> out.append("unknown");
            case Location.FileLineCol f -> {
                quote(f.file(), out);
                out.append(':').append(f.line()).append(':').append(f.column());
                if (f.isPoint()) return;
                out.append(" to ");
                if (f.endLine() != f.line()) out.append(f.endLine());
                out.append(':').append(f.endColumn());
            }
            case Location.Name n -> {
                quote(n.name(), out);
                if (n.child() != null && !(n.child() instanceof Location.Unknown)) {
                    out.append('(');
                    printInner(n.child(), out);
                    out.append(')');
                }
            }
            case Location.CallSite c -> {
                out.append("callsite(");
                printInner(c.callee(), out);
                out.append(" at ");
                printInner(c.caller(), out);
                out.append(')');
            }
            case Location.Fused f -> {
                out.append("fused");
                if (f.metadata() != null) out.append('<').append(attributePrinter.apply(f.metadata())).append('>');
                out.append('[');
                for (int i = 0; i < f.locations().size(); i++) {
                    if (i > 0) out.append(", ");
                    printInner(f.locations().get(i), out);
                }
                out.append(']');
            }
        }
    }

    /**
     * A quoted MLIR string: printable ASCII stays, backslash doubles, and every other byte of the
     * UTF-8 encoding (quote, controls, non-ASCII) becomes {@code \XX} in upper-case hex.
     */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return out.toString();
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c <= 0x7E && c != '"') {
                out.append((char) c);
            } else {
                out.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        out.append('"');
    }
}
