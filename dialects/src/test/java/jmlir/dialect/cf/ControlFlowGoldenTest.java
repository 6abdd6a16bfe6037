package jmlir.dialect.cf;

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
 * The cf dialect against mlir-opt 22: each input under resources/cf printed in three ways must
 * match mlir-opt's output exactly (made by regen.sh there) and read back, and invalid.mlir's
 * expected diagnostics (which mlir-opt --verify-diagnostics accepts) must be exactly the ones
 * reported. The canonicalization goldens are the cf-*.mlir inputs of the transforms module's
 * canonicalize tests.
 */
class ControlFlowGoldenTest {
    private static final List<String> INPUTS = List.of("syntax", "generic", "wide");
    /** The inputs whose printed form mlir-opt reads back (wide case values it cannot). */
    private static final List<String> READ_BACK = List.of("syntax", "generic");
    private static final List<String> FORMS = List.of("custom", "generic", "debuginfo");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ControlFlowGoldenTest.class.getResourceAsStream("/cf/" + name)) {
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
        options.debugInfo = form.equals("debuginfo");
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
                    String expected = new String(resource(input + "." + form + ".out"), StandardCharsets.UTF_8);
                    assertThat(print(input + ".mlir", resource(input + ".mlir"), options(form))).isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> readsItsOutputBack() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : READ_BACK) {
            for (String form : List.of("custom", "generic")) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    String custom = new String(resource(input + ".custom.out"), StandardCharsets.UTF_8);
                    byte[] printed = resource(input + "." + form + ".out");
                    assertThat(print(input + ".out", printed, options("custom"))).isEqualTo(custom);
                }));
            }
        }
        return tests;
    }

    /** invalid.mlir, chunk by chunk, checked as --split-input-file --verify-diagnostics does. */
    @Test
    void invalidInputsReportMlirOptsDiagnostics() throws IOException {
        SplitDiagnostics.Result r = SplitDiagnostics.check("invalid.mlir", resource("invalid.mlir"),
                ControlFlowGoldenTest::context);
        assertThat(r.report()).isEmpty();
        assertThat(r.verified()).isTrue();
    }
}
