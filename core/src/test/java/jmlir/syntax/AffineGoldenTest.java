package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares jmlir with mlir-opt 22 on the inputs under {@code affine/}: each {@code X.mlir} has
 * beside it what mlir-opt printed for it (its first lines say how it was produced).
 */
class AffineGoldenTest {

    static String resource(String name) {
        try (InputStream in = AffineGoldenTest.class.getResourceAsStream("/affine/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource affine/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected text without its leading {@code //} provenance lines. */
    static String expected(String name) {
        String text = resource(name);
        while (text.startsWith("//")) text = text.substring(text.indexOf('\n') + 1);
        return text;
    }

    /** What jmlir-opt prints for {@code text} (with --allow-unregistered-dialect). */
    static String roundTrip(String name, String text, boolean localScope) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        SourceFile source = SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8));
        Operation module;
        try {
            module = new Parser(context, source, new ResourceTable()).parseTopLevel();
        } catch (ParseException e) {
            throw new AssertionError(format(e.diagnostic()), e);
        }
        PrintOptions options = new PrintOptions();
        options.localScope = localScope;
        return OpPrinter.print(module, options) + "\n";
    }

    static String format(Diagnostic d) {
        Location.FileLineCol at = (Location.FileLineCol) d.location();
        return at.line() + ":" + at.column() + ": " + d.severity().label() + ": " + d.message();
    }

    @Test
    void mapsSetsAndLayoutsPrintAsMlirOptDoes() {
        assertEquals(expected("maps.expected.mlir"), roundTrip("maps.mlir", resource("maps.mlir"), false));
    }

    @Test
    void randomInputIsWhatTheGeneratorWrites() {
        assertEquals(resource("random.mlir"), AffineRandomInput.generate(),
                "random.mlir is stale: rerun AffineRandomInput.main and regenerate random.expected.mlir");
    }

    @Test
    void randomMapsAndSetsPrintAsMlirOptDoes() {
        String input = resource("random.mlir");
        String[] want = expected("random.expected.mlir").split("\n", -1);
        String[] got = roundTrip("random.mlir", input, true).split("\n", -1);
        String[] in = input.split("\n", -1);
        // Output line i + 1 is the op of input line i + 1 (the module line takes the place of the comment).
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            if (!want[i].equals(got[i])) {
                String source = i < in.length ? in[i] : "";
                fail("line " + (i + 1) + " differs\n  input:    " + source + "\n  mlir-opt: " + want[i]
                        + "\n  jmlir:    " + got[i]);
            }
        }
        assertEquals(want.length, got.length, "line count");
    }

    @Test
    void errorsMatchMlirOptDiagnostics() {
        String text = resource("errors.mlir");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceFile whole = SourceFile.of("errors.mlir", bytes);
        List<String> got = new ArrayList<>();
        byte[] marker = "// -----".getBytes(StandardCharsets.US_ASCII);
        int chunkStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean atMarker = i + marker.length <= bytes.length
                    && java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length);
            if (!atMarker && i < bytes.length) continue;
            got.addAll(diagnosticsOf(whole.chunk(chunkStart, i)));
            chunkStart = i + marker.length;
            i = chunkStart - 1;
        }
        List<String> want = expected("errors.expected").lines().toList();
        assertThat(got).containsExactlyElementsOf(want);
    }

    private static List<String> diagnosticsOf(SourceFile chunk) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        try {
            new Parser(context, chunk, new ResourceTable()).parseTopLevel();
            return List.of();
        } catch (ParseException e) {
            return e.diagnostics().stream().map(AffineGoldenTest::format).toList();
        }
    }
}
