package jmlir.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jmlir.ir.Attribute;
import jmlir.ir.Diagnostic;
import jmlir.ir.Location;

/**
 * Test support: reads the {@code loc(...)} forms used in the golden inputs, and lists the
 * remarks mlir-opt's {@code transform.debug.emit_remark_at} emits for their {@code test.r} ops.
 */
final class TestLocations {
    /** Stands for the {@code "meta"} string attribute of a fused location. */
    record Text(String value) implements Attribute {
        @Override
        public String toString() {
            return LocationPrinter.quote(value);
        }
    }

    private final String text;
    private int pos;

    private TestLocations(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    /** Parses the inside of {@code loc(...)}. */
    static Location parse(String inner) {
        TestLocations p = new TestLocations(inner, 0);
        Location l = p.location();
        if (p.pos != inner.length()) throw new IllegalArgumentException("trailing text in " + inner);
        return l;
    }

    /**
     * One "hello world" remark per {@code "test.r"} op of the file, in order, at the op's
     * {@code loc(...)} if it has one on its line, else at the op itself.
     */
    static List<Diagnostic> remarks(SourceFile file) {
        List<Diagnostic> remarks = new ArrayList<>();
        byte[] marker = "\"test.r\"()".getBytes(StandardCharsets.UTF_8);
        for (int line = 1; line <= file.lineCount(); line++) {
            int start = file.lineStart(line);
            String lineText = new String(file.slice(start, file.lineEnd(line)), StandardCharsets.UTF_8);
            byte[] bytes = file.slice(start, file.lineEnd(line));
            List<Integer> ops = new ArrayList<>();
            for (int i = 0; i + marker.length <= bytes.length; i++) {
                if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) ops.add(i);
            }
            if (lineText.trim().startsWith("//")) continue;
            for (int k = 0; k < ops.size(); k++) {
                int opStart = ops.get(k);
                int opEnd = k + 1 < ops.size() ? ops.get(k + 1) : bytes.length;
                String opText = new String(bytes, opStart, opEnd - opStart, StandardCharsets.UTF_8);
                int comment = opText.indexOf("//");
                if (comment >= 0) opText = opText.substring(0, comment);
                int loc = opText.indexOf(" loc(");
                Location at = loc < 0
                        ? file.location(start + opStart)
                        : parse(opText.substring(loc + 5, opText.stripTrailing().length() - 1));
                remarks.add(new Diagnostic(Diagnostic.Severity.REMARK, at, "hello world"));
            }
        }
        return remarks;
    }

    private Location location() {
        if (eat("unknown")) return Location.Unknown.INSTANCE;
        if (eat("callsite(")) {
            Location callee = location();
            expect(" at ");
            Location caller = location();
            expect(")");
            return new Location.CallSite(callee, caller);
        }
        if (eat("fused")) {
            Attribute metadata = null;
            if (eat("<")) {
                metadata = new Text(string());
                expect(">");
            }
            expect("[");
            List<Location> parts = new ArrayList<>();
            while (!eat("]")) {
                if (!parts.isEmpty()) expect(", ");
                parts.add(location());
            }
            return new Location.Fused(parts, metadata);
        }
        String name = string();
        if (eat(":")) {
            int line = number();
            expect(":");
            int column = number();
            if (!eat(" to ")) return new Location.FileLineCol(name, line, column);
            int endLine = line;
            if (!text.startsWith(":", pos)) endLine = number();
            expect(":");
            return new Location.FileLineCol(name, line, column, endLine, number());
        }
        if (eat("(")) {
            Location child = location();
            expect(")");
            return new Location.Name(name, child);
        }
        return new Location.Name(name, Location.Unknown.INSTANCE);
    }

    private String string() {
        expect("\"");
        StringBuilder out = new StringBuilder();
        while (text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> e;
            });
        }
        pos++;
        return out.toString();
    }

    private int number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        return Integer.parseInt(text.substring(start, pos));
    }

    private boolean eat(String s) {
        if (!text.startsWith(s, pos)) return false;
        pos += s.length();
        return true;
    }

    private void expect(String s) {
        if (!eat(s)) throw new IllegalArgumentException("expected '" + s + "' at " + pos + " in " + text);
    }
}
