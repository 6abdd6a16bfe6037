package jmlir.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Location;
import jmlir.ir.Operation;

/**
 * Test support: reads the {@code loc(...)} forms used in the golden inputs, and lists the
 * remarks mlir-opt's {@code transform.debug.emit_remark_at} emits for their {@code test.r} ops.
 */
final class TestLocations {
    private TestLocations() {
    }

    /** Parses the inside of {@code loc(...)} with the real parser. */
    static Location parse(String inner) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        String text = "\"t.x\"() : () -> () loc(" + inner + ")";
        Operation module = new Parser(context, SourceFile.of("loc", text), new ResourceTable()).parseTopLevel();
        return module.region(0).entryBlock().first().location();
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
}
