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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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
        SplitDiagnostics.Result r = SplitDiagnostics.check("invalid.mlir", resource("invalid.mlir"), TestDialectGoldenTest::context);
        assertThat(r.report()).isEmpty();
        assertThat(r.verified()).isTrue();
    }

}
