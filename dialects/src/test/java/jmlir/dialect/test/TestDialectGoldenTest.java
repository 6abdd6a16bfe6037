package jmlir.dialect.test;

import jmlir.dialect.SplitDiagnostics;
import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test dialect against mlir-opt 22: resources/test/syntax.mlir (ops) and typedefs.mlir
 * (types and attributes defined with formats) must print exactly as mlir-opt prints them
 * (outputs made by regen.sh there), in custom and generic form, and read their own output back;
 * the expected diagnostics of invalid.mlir and typedefs-invalid.mlir must be exactly the ones
 * reported.
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
        PrintOptions options = new PrintOptions();
        options.generic = generic;
        return print(name, input, options);
    }

    private static String print(String name, byte[] input, PrintOptions options) {
        ResourceTable resources = new ResourceTable();
        Operation module = new Parser(context(), SourceFile.of(name, input), resources).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        return OpPrinter.print(module, options, resources) + "\n";
    }

    private static PrintOptions debugInfo(String form) {
        PrintOptions options = new PrintOptions();
        options.debugInfo = true;
        options.localScope = form.equals("local-scope");
        options.generic = form.equals("generic");
        return options;
    }

    /** locations.mlir with debug info, plain, with --mlir-print-local-scope and generic. */
    @ParameterizedTest
    @ValueSource(strings = {"debuginfo", "local-scope", "generic"})
    void printsLocationsAsMlirOptDoes(String form) throws IOException {
        assertThat(print("locations.mlir", resource("locations.mlir"), debugInfo(form)))
                .isEqualTo(text("locations." + form + ".out"));
    }

    /** Read back, the outputs keep every location (file names included, as they were read). */
    @ParameterizedTest
    @ValueSource(strings = {"debuginfo", "local-scope", "generic"})
    void readsLocationsBack(String form) throws IOException {
        String name = "locations." + form + ".out";
        assertThat(print(name, resource(name), debugInfo("debuginfo")))
                .isEqualTo(text("locations.debuginfo.out"));
    }

    @ParameterizedTest
    @CsvSource({"syntax, custom", "syntax, generic", "typedefs, custom", "typedefs, generic"})
    void printsAsMlirOptDoes(String base, String form) throws IOException {
        assertThat(print(base + ".mlir", resource(base + ".mlir"), form.equals("generic")))
                .isEqualTo(text(base + "." + form + ".out"));
    }

    @ParameterizedTest
    @CsvSource({"syntax, custom", "syntax, generic", "typedefs, custom", "typedefs, generic"})
    void readsItsOutputBack(String base, String form) throws IOException {
        assertThat(print(base + "." + form + ".out", resource(base + "." + form + ".out"), false))
                .isEqualTo(text(base + ".custom.out"));
    }

    /** invalid.mlir and typedefs-invalid.mlir split at {@code // -----}, each chunk's diagnostics checked as --verify-diagnostics does. */
    @ParameterizedTest
    @ValueSource(strings = {"invalid.mlir", "typedefs-invalid.mlir"})
    void invalidInputsReportMlirOptsDiagnostics(String name) throws IOException {
        SplitDiagnostics.Result r = SplitDiagnostics.check(name, resource(name), TestDialectGoldenTest::context);
        assertThat(r.report()).isEmpty();
        assertThat(r.verified()).isTrue();
    }
}
