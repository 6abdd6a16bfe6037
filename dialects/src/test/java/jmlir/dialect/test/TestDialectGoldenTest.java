package jmlir.dialect.test;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.DiagnosticVerifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.SourceManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test dialect against mlir-opt 22: resources/test/syntax.mlir must print exactly as
 * mlir-opt prints it (outputs made by regen.sh there), in custom and generic form, and read its
 * own output back; invalid.mlir's expected diagnostics must be exactly the ones reported.
 */
class TestDialectGoldenTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TestDialectGoldenTest.class.getResourceAsStream("/test/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.ISO_8859_1);
    }

    private static Context context() {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        return context;
    }

    private static String print(String name, byte[] input, boolean generic) {
        ResourceTable resources = new ResourceTable();
        Operation module = new Parser(context(), SourceFile.of(name, input), resources).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        PrintOptions options = new PrintOptions();
        options.generic = generic;
        return OpPrinter.print(module, options, resources) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"custom", "generic"})
    void printsAsMlirOptDoes(String form) throws IOException {
        assertThat(print("syntax.mlir", resource("syntax.mlir"), form.equals("generic")))
                .isEqualTo(text("syntax." + form + ".out"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"custom", "generic"})
    void readsItsOutputBack(String form) throws IOException {
        assertThat(print("syntax." + form + ".out", resource("syntax." + form + ".out"), false))
                .isEqualTo(text("syntax.custom.out"));
    }

    /** invalid.mlir split at {@code // -----}, each chunk's diagnostics checked as --verify-diagnostics does. */
    @Test
    void invalidInputsReportMlirOptsDiagnostics() throws IOException {
        SourceFile whole = SourceFile.of("invalid.mlir", resource("invalid.mlir"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean verified;
        try (DiagnosticVerifier verifier = new DiagnosticVerifier(new SourceManager().add(whole), whole,
                DiagnosticVerifier.Level.ALL, out)) {
            for (SourceFile chunk : split(whole)) {
                try {
                    Operation module = new Parser(context(), chunk, new ResourceTable()).parseTopLevel();
                    for (Diagnostic d : Verifier.verifyAll(module)) verifier.handle(d);
                } catch (ParseException e) {
                    for (Diagnostic d : e.diagnostics()) verifier.handle(d);
                }
            }
            verified = verifier.verify();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(verified).isTrue();
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
