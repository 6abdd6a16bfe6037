package jmlir.dialect.affine;

import jmlir.dialect.Dialects;
import jmlir.dialect.SplitDiagnostics;
import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The affine dialect against mlir-opt 22: each input under resources/affine printed in five
 * ways must match mlir-opt's output exactly (made by regen.sh there) and read its own output
 * back; invalid.mlir's expected diagnostics (which mlir-opt --verify-diagnostics accepts) must
 * be exactly the ones reported.
 */
class AffineGoldenTest {
    private static final List<String> INPUTS = List.of("loops", "memory", "parallel", "vector", "dma", "index");
    private static final List<String> FORMS = List.of("custom", "generic", "debuginfo", "pretty", "unique");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AffineGoldenTest.class.getResourceAsStream("/affine/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static Context context() {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        return context;
    }

    private static PrintOptions options(String form) {
        PrintOptions options = new PrintOptions();
        options.generic = form.equals("generic");
        options.debugInfo = form.equals("debuginfo") || form.equals("pretty");
        options.prettyDebugInfo = form.equals("pretty");
        options.localScope = form.equals("pretty");
        options.uniqueSsaIds = form.equals("unique");
        return options;
    }

    /** Parses, verifies (which must succeed) and prints, as mlir-opt does for a whole file. */
    private static String print(String name, byte[] input, PrintOptions options) {
        Operation module = new Parser(context(), SourceFile.of(name, input), new ResourceTable()).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        return OpPrinter.print(module, options) + "\n";
    }

    @TestFactory
    List<DynamicTest> printsAsMlirOptDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : INPUTS) {
            for (String form : FORMS) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    String expected = new String(resource(input + "." + form + ".out"), StandardCharsets.ISO_8859_1);
                    assertThat(print(input + ".mlir", resource(input + ".mlir"), options(form))).isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> readsItsOutputBack() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : INPUTS) {
            for (String form : List.of("custom", "generic")) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    // Either form read back prints the custom form again.
                    String custom = new String(resource(input + ".custom.out"), StandardCharsets.ISO_8859_1);
                    byte[] printed = resource(input + "." + form + ".out");
                    assertThat(print(input + ".out", printed, options("custom"))).isEqualTo(custom);
                }));
            }
        }
        return tests;
    }

    /**
     * invalid.mlir, split at {@code // -----} as --split-input-file does, with every chunk's
     * diagnostics checked against the expected-* comments as --verify-diagnostics does.
     */
    @Test
    void invalidInputsReportMlirOptsDiagnostics() throws IOException {
        SplitDiagnostics.Result r = SplitDiagnostics.check("invalid.mlir", resource("invalid.mlir"),
                AffineGoldenTest::context);
        assertThat(r.report()).isEmpty();
        assertThat(r.verified()).isTrue();
    }
}
