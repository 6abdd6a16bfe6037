package jmlir.transform;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.DominanceInfo;
import jmlir.ir.Operation;
import jmlir.pass.PassRegistry;
import jmlir.rewrite.Rewriter;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cse pass as a pass: its name, statistics, and what its driver reports. */
class CseTest {
    private final Context context = Dialects.registerAll(new Context());

    private Operation parse(String text) {
        context.setAllowUnregisteredDialects(true);
        return new Parser(context, SourceFile.of("test.mlir", text), new ResourceTable()).parseTopLevel();
    }

    @Test
    void isRegisteredAsCse() {
        PassRegistry registry = Transforms.registerAll(new PassRegistry());
        assertThat(registry.create("cse")).isInstanceOf(Cse.class);
        assertThat(registry.create("cse").description()).isEqualTo("Eliminate common sub-expressions");
    }

    @Test
    void countsEliminatedAndDeadOpsOnce() {
        Operation module = parse("""
                func.func @f(%a: i32) -> i32 {
                  %0 = arith.addi %a, %a : i32
                  %1 = arith.addi %a, %a : i32
                  %2 = arith.addi %a, %a : i32
                  %3 = arith.muli %a, %a : i32
                  %4 = arith.subi %0, %1 : i32
                  %5 = arith.addi %4, %2 : i32
                  return %5 : i32
                }
                """);
        Cse cse = new Cse();
        cse.run(module, CseGoldenTest.passContext(context));
        assertThat(cse.statistics()).extracting(s -> s.name()).containsExactly("num-cse'd", "num-dce'd");
        assertThat(cse.statistics().get(0).value()).isEqualTo(2);
        assertThat(cse.statistics().get(1).value()).isEqualTo(1);
        assertThat(OpPrinter.print(module, new PrintOptions())).contains("arith.subi %0, %0");
    }

    @Test
    void driverTellsWhetherItChangedAnythingAndReportsReplacementsAndErasures() {
        Operation module = parse("""
                func.func @f(%a: i32) -> (i32, i32) {
                  %0 = arith.addi %a, %a : i32
                  %1 = arith.addi %a, %a : i32
                  return %0, %1 : i32, i32
                }
                """);
        List<String> events = new ArrayList<>();
        Rewriter rewriter = new Rewriter(context);
        rewriter.setListener(new Rewriter.Listener() {
            @Override
            public void operationReplaced(Operation op, List<jmlir.ir.Value> replacements) {
                events.add("replaced " + op.name().name());
            }

            @Override
            public void operationErased(Operation op) {
                events.add("erased " + op.name().name());
            }
        });
        CseDriver driver = new CseDriver(rewriter, new DominanceInfo());
        assertThat(driver.simplify(module)).isTrue();
        assertThat(events).containsExactly("replaced arith.addi", "erased arith.addi");
        assertThat(driver.simplify(module)).isFalse();
    }
}
