package jmlir.syntax;

import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.TypeConstraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that ops give their results share the uniquing of entry block arguments' names, as in
 * mlir-opt 22: there, {@code test.string_attr_pretty_name} named {@code arg1} makes the next
 * region's first argument {@code %arg1_0}.
 */
class ResultNamesTest {
    /** An op named by its {@code name} attribute. */
    private static final class NamingDialect extends Dialect {
        NamingDialect() {
            super("nm");
            addOperations(OpDef.builder("nm.named")
                    .result("result", TypeConstraint.ANY)
                    .resultNames((op, setName) -> {
                        if (op.attribute("name") instanceof StringAttr s) setName.accept(op.result(0), s.value());
                    })
                    .build());
        }
    }

    @Test
    void argumentNamesAreMadeUniqueWithResultNames() {
        Context context = new Context();
        context.register("nm", NamingDialect::new);
        context.setAllowUnregisteredDialects(true);
        String input = """
                "my.func"() ({
                ^bb0(%a: i32):
                  %0 = "nm.named"() {name = "arg1"} : () -> i32
                  "my.op"() ({
                  ^bb0(%b: i32):
                    "my.use"(%b, %0) : (i32, i32) -> ()
                  }) : () -> ()
                }) : () -> ()
                """;
        Operation module = new Parser(context, SourceFile.of("names.mlir", input), new ResourceTable()).parseTopLevel();
        assertThat(OpPrinter.print(module, new PrintOptions())).isEqualTo("""
                module {
                  "my.func"() ({
                  ^bb0(%arg0: i32):
                    %arg1 = "nm.named"() {name = "arg1"} : () -> i32
                    "my.op"() ({
                    ^bb0(%arg1_0: i32):
                      "my.use"(%arg1_0, %arg1) : (i32, i32) -> ()
                    }) : () -> ()
                  }) : () -> ()
                }
                """);
    }
}
