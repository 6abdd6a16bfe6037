package jmlir.dialect;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.DiagnosticVerifier;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.SourceManager;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code --split-input-file --verify-diagnostics} does, for golden tests of invalid inputs:
 * each chunk between {@code // -----} lines is parsed and verified in a fresh context, and the
 * diagnostics are checked against the input's expected-* comments.
 */
public final class SplitDiagnostics {
    /** Whether every diagnostic was expected and every expectation met, and what the check reported. */
    public record Result(boolean verified, String report) {
    }

    private SplitDiagnostics() {
    }

    public static Result check(String name, byte[] text, Supplier<Context> contexts) {
        SourceFile whole = SourceFile.of(name, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean verified;
        try (DiagnosticVerifier verifier = new DiagnosticVerifier(new SourceManager().add(whole), whole,
                DiagnosticVerifier.Level.ALL, out)) {
            for (SourceFile chunk : split(whole)) {
                try {
                    Operation module = new Parser(contexts.get(), chunk, new ResourceTable()).parseTopLevel();
                    for (Diagnostic d : Verifier.verifyAll(module)) verifier.handle(d);
                } catch (ParseException e) {
                    for (Diagnostic d : e.diagnostics()) verifier.handle(d);
                }
            }
            verified = verifier.verify();
        }
        return new Result(verified, out.toString(StandardCharsets.UTF_8));
    }

    private static List<SourceFile> split(SourceFile whole) {
        byte[] b = whole.bytes();
        byte[] marker = "// -----".getBytes(StandardCharsets.ISO_8859_1);
        List<SourceFile> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + marker.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + marker.length, marker, 0, marker.length)) {
                chunks.add(whole.chunk(start, i));
                start = i + marker.length;
                i = start - 1;
            }
        }
        chunks.add(whole.chunk(start, b.length));
        return chunks;
    }
}
