package jmlir.dialect.arith;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
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
 * Reads the inputs under resources/arith and prints them, custom and generic, as mlir-opt 22
 * did (see README.txt there); reads the printed forms back and prints them again.
 */
class ArithGoldenTest {
    private static final List<String> INPUTS = List.of("ops", "names");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ArithGoldenTest.class.getResourceAsStream("/arith/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    static String text(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    static Operation parse(String name, byte[] input) {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        Operation module = new Parser(context, SourceFile.of(name, input), new ResourceTable()).parseTopLevel();
        Diagnostic d = Verifier.verify(module);
        assertThat(d == null ? null : d.message()).isNull();
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
        for (String input : INPUTS) {
            for (String form : List.of("custom", "generic")) {
                boolean generic = form.equals("generic");
                tests.add(DynamicTest.dynamicTest(input + " " + form, () -> {
                    Operation module = parse(input + ".mlir", resource(input + ".mlir"));
                    assertThat(print(module, generic)).isEqualTo(text(input + "." + form + ".out"));
                }));
                tests.add(DynamicTest.dynamicTest(input + " " + form + " read back", () -> {
                    String name = input + "." + form + ".out";
                    Operation module = parse(name, resource(name));
                    assertThat(print(module, false)).isEqualTo(text(input + ".custom.out"));
                    assertThat(print(module, true)).isEqualTo(text(input + ".generic.out"));
                }));
            }
        }
        return tests;
    }

    @Test
    void typedOpsHaveAccessors() throws IOException {
        Operation module = parse("ops.mlir", resource("ops.mlir"));
        List<Operation> ops = new ArrayList<>();
        module.region(0).blocks().getFirst().forEach(ops::add);
        AddIOp add = (AddIOp) ops.stream().filter(o -> o instanceof AddIOp).skip(1).findFirst().orElseThrow();
        assertThat(add.lhs()).isSameAs(add.operand(0));
        assertThat(add.overflowFlags().value()).isEqualTo(1L);
        ConstantOp constant = (ConstantOp) ops.stream().filter(o -> o instanceof ConstantOp).findFirst().orElseThrow();
        assertThat(constant.value()).isNotNull();
        CmpIOp cmp = (CmpIOp) ops.stream().filter(o -> o instanceof CmpIOp).findFirst().orElseThrow();
        assertThat(cmp.predicate()).isEqualTo("slt");
        TruncFOp trunc = (TruncFOp) ops.stream().filter(o -> o instanceof TruncFOp).skip(1).findFirst().orElseThrow();
        assertThat(trunc.roundingmode()).isEqualTo("to_nearest_away");
        assertThat(ops.stream().anyMatch(o -> o instanceof DivSIOp d && d.isExact())).isTrue();
    }
}
