package jmlir.dialect.toy;

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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example dialect: defined in Java, read, verified and printed. */
class ToyDialectTest {
    private static final String INPUT = """
            func.func @f(%arg0: i32, %arg1: i32) -> i32 {
              %0 = toy.add %arg0, %arg1 : i32
              "toy.print"(%0) : (i32) -> ()
              return %0 : i32
            }
            """;

    private static Operation parse(String text) {
        Context context = Dialects.registerAll(new Context());
        context.register("toy", ToyDialect::new);
        return new Parser(context, SourceFile.of("toy.mlir", text), new ResourceTable()).parseTopLevel();
    }

    @Test
    void parsesVerifiesAndPrintsBothForms() {
        Operation module = parse(INPUT);
        assertThat(Verifier.verify(module)).isNull();
        assertThat(OpPrinter.print(module, new PrintOptions())).isEqualTo("module {\n" + INPUT.indent(2) + "}\n");
        PrintOptions generic = new PrintOptions();
        generic.generic = true;
        assertThat(OpPrinter.print(module, generic))
                .contains("%0 = \"toy.add\"(%arg0, %arg1) : (i32, i32) -> i32");
    }

    @Test
    void opsAreInstancesOfTheirClass() {
        Operation func = parse(INPUT).region(0).entryBlock().first();
        Operation add = func.region(0).entryBlock().first();
        assertThat(add).isInstanceOf(ToyDialect.AddOp.class);
        assertThat(((ToyDialect.AddOp) add).lhs()).isSameAs(func.region(0).entryBlock().argument(0));
    }

    @Test
    void constraintsAreChecked() {
        Operation module = parse(INPUT.replace("i32", "f32"));
        Diagnostic d = Verifier.verify(module);
        assertThat(d).isNotNull();
        assertThat(d.message()).isEqualTo("'toy.add' op operand #0 must be signless integer, but got 'f32'");
    }
}
