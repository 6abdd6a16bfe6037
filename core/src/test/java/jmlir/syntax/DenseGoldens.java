package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Location;
import jmlir.ir.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cases of {@code src/test/resources/dense/cases.txt} the way mlir-opt runs with
 * {@code --allow-unregistered-dialect --split-input-file}: each chunk is parsed in a fresh context
 * and printed, chunks are joined by {@code // -----}, and diagnostics are collected as
 * {@code file:line:col: severity: message} lines.
 */
final class DenseGoldens {
    private DenseGoldens() {
    }

    record Case(String input, String flags, String golden) {
        @Override
        public String toString() {
            return input + (flags.isEmpty() ? "" : " " + flags);
        }
    }

    record Result(String output, String diagnostics) {
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : read("cases.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\\|");
            cases.add(new Case(parts[0].trim(), parts[1].trim(), parts[2].trim()));
        }
        return cases;
    }

    static String read(String name) {
        try (InputStream in = DenseGoldens.class.getResourceAsStream("/dense/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource dense/" + name);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrintOptions options(String flags) {
        PrintOptions o = new PrintOptions();
        for (String flag : flags.split("\\s+")) {
            if (flag.isEmpty()) continue;
            String value = flag.contains("=") ? flag.substring(flag.indexOf('=') + 1) : null;
            if (flag.equals("--mlir-print-op-generic")) o.generic = true;
            else if (flag.startsWith("--mlir-print-elementsattrs-with-hex-if-larger=")) o.hexElementsIfLarger = Long.parseLong(value);
            else if (flag.startsWith("--mlir-elide-elementsattrs-if-larger=")) o.elideElementsIfLarger = Long.parseLong(value);
            else if (flag.startsWith("--mlir-elide-resource-strings-if-larger=")) o.elideResourceStringsIfLarger = Long.parseLong(value);
            else throw new IllegalArgumentException("unsupported flag " + flag);
        }
        return o;
    }

    static Result run(Case c) {
        byte[] bytes = read(c.input()).getBytes(StandardCharsets.ISO_8859_1);
        SourceFile whole = SourceFile.of(c.input(), bytes);
        PrintOptions options = options(c.flags());
        StringBuilder out = new StringBuilder();
        StringBuilder diags = new StringBuilder();
        List<SourceFile> chunks = split(whole, "// -----");
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) out.append("// -----\n");
            Context context = new Context();
            context.setAllowUnregisteredDialects(true);
            ResourceTable resources = new ResourceTable();
            try {
                Operation module = new Parser(context, chunks.get(i), resources).parseTopLevel();
                out.append(OpPrinter.print(module, options, resources)).append('\n');
            } catch (ParseException e) {
                render(e.diagnostic(), diags);
            }
        }
        return new Result(out.toString(), diags.toString());
    }

    private static void render(Diagnostic d, StringBuilder sb) {
        Location.FileLineCol at = d.location().findFileLineCol();
        sb.append(at.file()).append(':').append(at.line()).append(':').append(at.column()).append(": ")
                .append(d.severity().label()).append(": ").append(d.message()).append('\n');
        for (Diagnostic n : d.notes()) render(n, sb);
    }

    private static List<SourceFile> split(SourceFile whole, String marker) {
        byte[] b = whole.bytes();
        byte[] m = marker.getBytes(StandardCharsets.ISO_8859_1);
        List<SourceFile> chunks = new ArrayList<>();
        int chunkStart = 0;
        outer:
        for (int i = 0; i + m.length <= b.length; i++) {
            for (int j = 0; j < m.length; j++) if (b[i + j] != m[j]) continue outer;
            chunks.add(whole.chunk(chunkStart, i));
            chunkStart = i + m.length;
            i = chunkStart - 1;
        }
        chunks.add(whole.chunk(chunkStart, b.length));
        return chunks;
    }
}
