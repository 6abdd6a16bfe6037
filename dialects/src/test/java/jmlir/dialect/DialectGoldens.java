package jmlir.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.DynamicTest;

/**
 * A dialect's golden files under one resource folder, made by the regen.sh there from mlir-opt
 * 22's output: {@code NAME.mlir} printed in a form must equal {@code NAME.FORM.out}, where the
 * forms are {@code custom}, {@code generic}, {@code debuginfo} ({@code --mlir-print-debuginfo}),
 * {@code pretty} (with {@code --mlir-pretty-debuginfo --mlir-print-local-scope}) and
 * {@code unique} ({@code --mlir-print-unique-ssa-ids}); the printed custom and generic forms
 * read back to the custom form; {@code invalid.mlir} reports exactly its expected diagnostics.
 */
public final class DialectGoldens {
    private final String folder;

    public DialectGoldens(String folder) {
        this.folder = folder;
    }

    public byte[] resource(String name) throws IOException {
        try (InputStream in = DialectGoldens.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null) throw new IOException("missing resource " + folder + "/" + name);
            return in.readAllBytes();
        }
    }

    /** Every dialect jmlir ships, and unregistered ops allowed, as the tests' RUN lines have it. */
    public static Context context() {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        return context;
    }

    public static PrintOptions options(String form) {
        PrintOptions options = new PrintOptions();
        options.generic = form.equals("generic");
        options.debugInfo = form.equals("debuginfo") || form.equals("pretty");
        options.prettyDebugInfo = form.equals("pretty");
        options.localScope = form.equals("pretty");
        options.uniqueSsaIds = form.equals("unique");
        return options;
    }

    /** Parses, verifies (which must succeed) and prints, as mlir-opt does for a whole file. */
    public static String print(String name, byte[] input, PrintOptions options) {
        Operation module = new Parser(context(), SourceFile.of(name, input), new ResourceTable()).parseTopLevel();
        assertThat(Verifier.verifyAll(module)).isEmpty();
        return OpPrinter.print(module, options) + "\n";
    }

    /** One test per input and form: the input printed in that form is mlir-opt's output. */
    public List<DynamicTest> printTests(List<String> inputs, List<String> forms) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : inputs) {
            for (String form : forms) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    String expected = text(input + "." + form + ".out");
                    assertThat(print(input + ".mlir", resource(input + ".mlir"), options(form))).isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    /** One test per input and form (custom, generic): the printed output read back prints the custom form. */
    public List<DynamicTest> readBackTests(List<String> inputs) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : inputs) {
            for (String form : List.of("custom", "generic")) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    byte[] printed = resource(input + "." + form + ".out");
                    assertThat(print(input + ".out", printed, options("custom"))).isEqualTo(text(input + ".custom.out"));
                }));
            }
        }
        return tests;
    }

    /** invalid.mlir checked chunk by chunk as --split-input-file --verify-diagnostics does. */
    public void checkInvalidInputs() throws IOException {
        SplitDiagnostics.Result r = SplitDiagnostics.check("invalid.mlir", resource("invalid.mlir"),
                DialectGoldens::context);
        assertThat(r.report()).isEmpty();
        assertThat(r.verified()).isTrue();
    }

    private String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.ISO_8859_1);
    }
}
