package jmlir.dialect.toy;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.DefinedType;
import jmlir.ir.FloatType;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's example types and attributes: read, verified, uniqued and printed through their formats. */
class ToyTypesTest {
    private static final String INPUT = """
            func.func @f(%arg0: !toy.vec<4, f32>, %arg1: !toy.shape<2x3x4>) attributes {range = #toy.range<lo = 1, hi = 4>} {
              "toy.print"(%arg0) : (!toy.vec<4, f32>) -> ()
              return
            }
            """;

    private static Context context() {
        Context context = Dialects.registerAll(new Context());
        context.register("toy", ToyDialect::new);
        return context;
    }

    private static Operation parse(Context context, String text) {
        return new Parser(context, SourceFile.of("toy.mlir", text), new ResourceTable()).parseTopLevel();
    }

    @Test
    void readsAndPrintsThroughTheFormats() {
        Context context = context();
        Operation module = parse(context, INPUT);
        assertThat(Verifier.verify(module)).isNull();
        assertThat(OpPrinter.print(module, new PrintOptions())).isEqualTo("module {\n" + INPUT.indent(2) + "}\n");
        // Struct entries may come in any order; they print in definition order.
        String reordered = INPUT.replace("lo = 1, hi = 4", "hi = 4, lo = 1");
        assertThat(OpPrinter.print(parse(context, reordered), new PrintOptions())).contains("#toy.range<lo = 1, hi = 4>");
    }

    @Test
    void instancesAreUniquedByParameters() {
        Context context = context();
        DefinedType vec = ToyTypes.VEC.get(context, 4, FloatType.F32);
        assertThat(vec.toString()).isEqualTo("!toy.vec<4, f32>");
        Operation func = parse(context, INPUT).region(0).entryBlock().first();
        assertThat(func.region(0).entryBlock().argument(0).type()).isSameAs(vec);
        assertThat(func.region(0).entryBlock().argument(1).type()).isSameAs(ToyTypes.SHAPE.get(context, List.of(2, 3, 4)));
        assertThat(vec.integer("size")).isEqualTo(4);
        assertThat(vec.type("element")).isEqualTo(FloatType.F32);
    }

    /** The messages of the diagnostics reading {@code text} reports, one a line. */
    private static String errors(String text) {
        try {
            parse(context(), text);
        } catch (ParseException e) {
            return String.join("\n", e.diagnostics().stream().map(d -> d.message()).toList());
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void reportsErrorsAsMlirOptWould() {
        assertThat(errors("func.func private @g(!toy.vec<0, f32>)")).isEqualTo("size must be positive, got 0");
        assertThat(errors("func.func private @g(!toy.vec<f32>)")).isEqualTo("""
                expected integer value
                failed to parse VecType parameter 'size' which is to be a `int64_t`""");
        assertThat(errors("func.func private @g() attributes {r = #toy.range<lo = 5, hi = 4>}"))
                .isEqualTo("'lo' must not be greater than 'hi'");
        assertThat(errors("func.func private @g() attributes {r = #toy.range<lo = 5>}")).isEqualTo("expected ','");
        assertThat(errors("func.func private @g(!toy.matrix<2>)")).isEqualTo("unknown  type `matrix` in dialect `toy`");
    }
}
