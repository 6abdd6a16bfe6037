package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads each input under resources/syntax and prints it in the five ways mlir-opt 22 printed it
 * (the .out files were made by mlir-opt, see README.txt there); the text must match exactly.
 */
class GoldenSyntaxTest {
    private static final List<String> INPUTS = List.of("aliases", "attributes-and-types", "empty-regions", "locations",
            "module-custom", "regions-and-blocks", "strings-and-symbols", "types", "unrealized-cast", "values");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GoldenSyntaxTest.class.getResourceAsStream("/syntax/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    static String print(String name, byte[] input, PrintOptions options) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(true);
        Operation module = new Parser(context, SourceFile.of(name, input), new ResourceTable()).parseTopLevel();
        assertThat(Verifier.verify(module)).isNull();
        return OpPrinter.print(module, options) + "\n";
    }

    @TestFactory
    List<DynamicTest> printsAsMlirOptDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : INPUTS) {
            for (String form : List.of("custom", "generic", "debuginfo", "localscope", "pretty")) {
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    PrintOptions options = new PrintOptions();
                    options.generic = form.equals("generic");
                    options.debugInfo = !form.equals("custom") && !form.equals("generic");
                    options.prettyDebugInfo = form.equals("pretty");
                    options.localScope = form.equals("localscope");
                    String expected = new String(resource(input + "." + form + ".out"), StandardCharsets.ISO_8859_1);
                    String actual = print(input + ".mlir", resource(input + ".mlir"), options);
                    assertThat(actual).isEqualTo(expected);
                }));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> readsItsOwnOutputBack() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : INPUTS) {
            tests.add(DynamicTest.dynamicTest(input, () -> {
                PrintOptions generic = new PrintOptions();
                generic.generic = true;
                generic.debugInfo = true;
                String once = print(input + ".mlir", resource(input + ".mlir"), generic);
                String twice = print(input + ".mlir", once.getBytes(StandardCharsets.ISO_8859_1), generic);
                assertThat(twice).isEqualTo(once);
            }));
        }
        return tests;
    }
}
