package jmlir.syntax.format;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.DiagnosticPrinter;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.SourceManager;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the inputs under resources/format with the test dialects and prints them, custom and
 * generic, as mlir-opt 22 did (see README.txt there); reads errors as mlir-opt reports them.
 */
class FormatGoldenTest {
    private static final List<String> VERIFIED = List.of("ops", "named");
    private static final List<String> UNVERIFIED = List.of("unverified");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FormatGoldenTest.class.getResourceAsStream("/format/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.ISO_8859_1);
    }

    static Operation parse(String name, byte[] input, boolean verify) {
        Context context = TestDialects.context();
        Operation module = new Parser(context, SourceFile.of(name, input), new ResourceTable()).parseTopLevel();
        if (verify) {
            Diagnostic d = Verifier.verify(module);
            assertThat(d == null ? null : d.message()).isNull();
        }
        return module;
    }

    static String print(Operation module, boolean generic) {
        PrintOptions options = new PrintOptions();
        options.generic = generic;
        return OpPrinter.print(module, options) + "\n";
    }

    @TestFactory
    List<DynamicTest> printsAsMlirOptDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> all = new ArrayList<>(VERIFIED);
        all.addAll(UNVERIFIED);
        for (String input : all) {
            boolean verify = VERIFIED.contains(input);
            for (String form : List.of("custom", "generic")) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    Operation module = parse(input + ".mlir", resource(input + ".mlir"), verify);
                    assertThat(print(module, form.equals("generic"))).isEqualTo(text(input + "." + form + ".out"));
                }));
            }
            tests.add(DynamicTest.dynamicTest(input + " from its generic form", () -> {
                Operation module = parse(input + ".generic.out", resource(input + ".generic.out"), verify);
                assertThat(print(module, false)).isEqualTo(text(input + ".custom.out"));
            }));
            tests.add(DynamicTest.dynamicTest(input + " from its custom form", () -> {
                Operation module = parse(input + ".custom.out", resource(input + ".custom.out"), verify);
                assertThat(print(module, false)).isEqualTo(text(input + ".custom.out"));
            }));
        }
        return tests;
    }

    @Test
    void reportsErrorsAsMlirOptDoes() throws IOException {
        byte[] bytes = resource("errors.mlir");
        SourceFile whole = SourceFile.of("errors.mlir", bytes);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DiagnosticPrinter printer = new DiagnosticPrinter(new SourceManager(n -> java.util.Optional.empty()).add(whole),
                err);
        for (SourceFile chunk : split(whole)) {
            try {
                Operation module = new Parser(TestDialects.context(), chunk, new ResourceTable()).parseTopLevel();
                Diagnostic d = Verifier.verify(module);
                if (d != null) printer.handle(d);
            } catch (ParseException e) {
                for (Diagnostic d : e.diagnostics()) printer.handle(d);
            }
        }
        // The notes showing the op a verifier error is about are left out: they print the op alone.
        String expected = text("errors.stderr").replaceAll("(?m)^errors\\.mlir:\\d+:\\d+: note: see current operation: .*\n", "");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** The chunks between {@code // -----} lines, keeping whole-file offsets. */
    static List<SourceFile> split(SourceFile whole) {
        byte[] b = whole.bytes();
        byte[] marker = "// -----".getBytes(StandardCharsets.ISO_8859_1);
        List<SourceFile> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + marker.length <= b.length; i++) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) match = b[i + j] == marker[j];
            if (!match) continue;
            chunks.add(whole.chunk(start, i));
            start = i + marker.length;
            i = start - 1;
        }
        chunks.add(whole.chunk(start, b.length));
        return chunks;
    }
}
