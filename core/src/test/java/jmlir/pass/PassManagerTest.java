package jmlir.pass;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolTable;
import jmlir.ir.UnitAttr;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.PrintOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Running pipelines: anchoring, verification, failure, threading, IR printing, statistics, timing. */
class PassManagerTest {
    private static final String NESTED = """
            module @top {
              module @a {
                module @a_inner {
                }
              }
              "test.fn"() ({
                "test.fn"() ({
                }) {sym_name = "deep"} : () -> ()
              }) {sym_name = "f"} : () -> ()
              module @b {
              }
              "test.fn"() ({
              }) {sym_name = "g"} : () -> ()
            }
            """;

    /** Records where it ran, reports a remark and prints a line there, and counts its runs. */
    static final class Record extends Pass {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        private final PassStatistic runs = statistic("runs", "Number of ops visited");
        private final PassStatistic total = statistic("a-total", "Always ten per run");

        @Override
        public String argument() {
            return "record";
        }

        @Override
        public String name() {
            return "Record";
        }

        @Override
        public String description() {
            return "Records the ops it runs on";
        }

        @Override
        public void run(Operation op, PassContext context) {
            String where = op.name().name() + "@" + SymbolTable.nameOf(op);
            seen.add(where);
            runs.add(1);
            total.add(10);
            context.report(new Diagnostic(Diagnostic.Severity.REMARK, op.location(), "ran on " + where));
            context.print("visited " + where + "\n");
        }
    }

    /** Puts an attribute without a dialect prefix on a module, which the module verifier rejects. */
    static final class Break extends Pass {
        @Override
        public String argument() {
            return "break";
        }

        @Override
        public String description() {
            return "Makes the IR invalid";
        }

        @Override
        public void run(Operation op, PassContext context) {
            op.setAttributes(new DictionaryAttr(List.of(new NamedAttribute("bad", UnitAttr.INSTANCE))));
        }
    }

    /** Fails without changing anything. */
    static final class Fail extends Pass {
        @Override
        public String argument() {
            return "fail";
        }

        @Override
        public String description() {
            return "Fails";
        }

        @Override
        public void run(Operation op, PassContext context) {
            context.report(Diagnostic.error(op, "failing on purpose"));
            context.signalFailure();
        }
    }

    private record Outcome(boolean ok, List<String> diagnostics, String printed) {
    }

    private static Outcome run(PassManager pm, Context context, Operation top) {
        List<String> diagnostics = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        boolean ok = pm.run(top, context, d -> diagnostics.add(d.severity().label() + ": " + d.message()), printed);
        return new Outcome(ok, diagnostics, printed.toString());
    }

    @Test
    void nestedManagersRunOnMatchingOpsOneLevelDown() {
        Context context = TestPasses.unregisteredAllowed();
        Operation top = TestPasses.parse(context, NESTED);
        Record modules = new Record();
        Record functions = new Record();
        Record any = new Record();
        PassManager pm = new PassManager("builtin.module");
        pm.nest("builtin.module").addPass(modules);
        pm.nest("test.fn").addPass(functions);
        pm.nest("any").addPass(any);
        assertThat(run(pm, context, top).ok()).isTrue();
        assertThat(modules.seen).containsExactlyInAnyOrder("builtin.module@a", "builtin.module@b");
        assertThat(functions.seen).containsExactlyInAnyOrder("test.fn@f", "test.fn@g");
        // "any" means ops known to be isolated from above: the modules, not the unregistered ops.
        assertThat(any.seen).containsExactlyInAnyOrder("builtin.module@a", "builtin.module@b");
    }

    @Test
    void aManagerOnOtherOpsIsAnError() {
        Context context = TestPasses.unregisteredAllowed();
        PassManager pm = new PassManager("func.func");
        Outcome outcome = run(pm, context, TestPasses.parse(context, NESTED));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.diagnostics()).containsExactly("error: can't run 'func.func' pass manager on 'builtin.module' op");
    }

    @Test
    void verificationAfterEachPassStopsThePipeline() {
        Context context = TestPasses.unregisteredAllowed();
        Record after = new Record();
        PassManager pm = new PassManager("builtin.module");
        pm.addPass(new Break()).addPass(after);
        Outcome outcome = run(pm, context, TestPasses.parse(context, "module {\n}\n"));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.diagnostics()).containsExactly(
                "error: 'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'bad'");
        assertThat(after.seen).isEmpty();

        PassManager unverified = new PassManager("builtin.module").setVerifyEach(false);
        unverified.addPass(new Break()).addPass(after);
        assertThat(run(unverified, context, TestPasses.parse(context, "module {\n}\n")).ok()).isTrue();
        assertThat(after.seen).hasSize(1);
    }

    @Test
    void aFailingPassStopsThePipeline() {
        Context context = TestPasses.unregisteredAllowed();
        Record after = new Record();
        PassManager pm = new PassManager("builtin.module");
        pm.nest("builtin.module").addPass(new Fail());
        pm.addPass(after);
        Outcome outcome = run(pm, context, TestPasses.parse(context, NESTED));
        assertThat(outcome.ok()).isFalse();
        // Every module was tried, as with threads.
        assertThat(outcome.diagnostics()).containsExactly("error: failing on purpose", "error: failing on purpose");
        assertThat(after.seen).isEmpty();
    }

    @Test
    void threadingGivesTheSameOutputInOpOrder() {
        StringBuilder input = new StringBuilder("module {\n");
        for (int i = 0; i < 40; i++) input.append("  module @m").append(i).append(" {\n  }\n");
        input.append("}\n");
        List<Outcome> outcomes = new ArrayList<>();
        for (boolean threading : new boolean[] {true, false}) {
            Context context = TestPasses.unregisteredAllowed();
            Operation top = TestPasses.parse(context, input.toString());
            PassManager pm = new PassManager("builtin.module").setThreading(threading);
            pm.nest("builtin.module").addPass(new Record()).addPass(new Record());
            pm.addInstrumentation(new IrPrinting(new IrPrinting.Config(Set.of(), false, Set.of(), true, false, false,
                    false), new PrintOptions(), op -> OpPrinter.print(op, new PrintOptions())));
            outcomes.add(run(pm, context, top));
        }
        assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
        assertThat(outcomes.get(0).diagnostics()).startsWith("remark: ran on builtin.module@m0",
                "remark: ran on builtin.module@m0", "remark: ran on builtin.module@m1");
        assertThat(outcomes.get(0).printed()).startsWith("""
                visited builtin.module@m0
                // -----// IR Dump After Record (record) //----- //
                module @m0 {
                }

                visited builtin.module@m0
                """);
    }

    @Test
    void irPrintingAtModuleScopeNamesTheOpAndShowsTheTop() {
        Context context = TestPasses.unregisteredAllowed();
        Operation top = TestPasses.parse(context, "module {\n  module @a {\n  }\n}\n");
        PassManager pm = new PassManager("builtin.module").setThreading(false);
        pm.nest("builtin.module").addPass(new Record());
        pm.addInstrumentation(new IrPrinting(new IrPrinting.Config(Set.of("record"), false, Set.of(), false, false,
                false, true), new PrintOptions(), op -> OpPrinter.print(op, new PrintOptions())));
        assertThat(run(pm, context, top).printed()).isEqualTo("""
                // -----// IR Dump Before Record (record) ('builtin.module' operation: @a) //----- //
                module {
                  module @a {
                  }
                }


                visited builtin.module@a
                """);
    }

    @Test
    void afterChangePrintsOnlyWhenThePassChangedTheIr() {
        Context context = TestPasses.unregisteredAllowed();
        PassManager pm = new PassManager("builtin.module");
        pm.addPass(new Record()).addPass(new Rename()).addPass(new Record());
        pm.addInstrumentation(new IrPrinting(new IrPrinting.Config(Set.of(), false, Set.of(), true, true, false,
                false), new PrintOptions(), op -> OpPrinter.print(op, new PrintOptions())));
        String printed = run(pm, context, TestPasses.parse(context, "module @a {\n}\n")).printed();
        assertThat(printed).isEqualTo("""
                visited builtin.module@a
                // -----// IR Dump After rename (rename) //----- //
                module @b {
                }


                visited builtin.module@b
                """);
    }

    static final class Rename extends Pass {
        @Override
        public String argument() {
            return "rename";
        }

        @Override
        public String description() {
            return "Renames the module to @b";
        }

        @Override
        public void run(Operation op, PassContext context) {
            op.setProperties(new DictionaryAttr(List.of(new NamedAttribute("sym_name", StringAttr.of("b")))));
        }
    }

    /**
     * mlir-opt 22 as shipped is built without LLVM statistics and prints an empty report; this is
     * the layout of MLIR's PassStatistics.cpp: a pass per line, then its statistics by name, values
     * right-aligned, names padded, in the pipeline's structure or merged by pass name.
     */
    @Test
    void statisticsReportFollowsThePipelineOrAList() {
        Context context = TestPasses.unregisteredAllowed();
        PassManager pm = new PassManager("builtin.module");
        pm.nest("builtin.module").addPass(new Record());
        pm.nest("builtin.module").addPass(new Record());
        pm.addPass(new Record());
        assertThat(run(pm, context, TestPasses.parse(context, NESTED)).ok()).isTrue();
        String header = """
                ===-------------------------------------------------------------------------===
                                         ... Pass statistics report ...
                ===-------------------------------------------------------------------------===
                """;
        assertThat(PassStatisticsReport.report(pm.executedPipeline(), PassStatisticsReport.Display.PIPELINE))
                .isEqualTo(header + """
                        'builtin.module' Pipeline
                          Record
                            (S) 20 a-total - Always ten per run
                            (S)  2 runs    - Number of ops visited
                          Record
                            (S) 20 a-total - Always ten per run
                            (S)  2 runs    - Number of ops visited
                        Record
                          (S) 10 a-total - Always ten per run
                          (S)  1 runs    - Number of ops visited

                        """);
        assertThat(PassStatisticsReport.report(pm.executedPipeline(), PassStatisticsReport.Display.LIST))
                .isEqualTo(header + """
                          Record
                            (S) 50 a-total - Always ten per run
                            (S)  5 runs    - Number of ops visited

                        """);
    }

    @Test
    void timingReportHasMlirOptsRows() {
        Context context = TestPasses.unregisteredAllowed();
        Timing timing = new Timing();
        try (Timing.Measure m = timing.root().child("Parser").start()) {
            context.hashCode();
        }
        PassManager pm = new PassManager("builtin.module").setTimer(timing.root()).setThreading(false);
        pm.nest("builtin.module").addPass(new Record());
        pm.addPass(new Record());
        assertThat(run(pm, context, TestPasses.parse(context, NESTED)).ok()).isTrue();
        String tree = timing.report(Timing.Display.TREE).replaceAll("\\d+\\.\\d{4} \\(\\s*\\d+\\.\\d%\\)", "T");
        assertThat(tree).matches("""
                ===-{73}===
                 {25}\\.\\.\\. Execution time report \\.\\.\\.
                ===-{73}===
                  Total Execution Time: \\d+\\.\\d{4} seconds

                  ----Wall Time----  ----Name----
                    T  Parser
                    T  'builtin.module' Pipeline
                    T    Record
                    T  Record
                    T  Rest
                    T  Total
                """);
        String list = timing.report(Timing.Display.LIST);
        assertThat(list).contains("  root\n", "  Pipeline Collection : ['builtin.module']\n", "  'builtin.module' Pipeline\n");
    }
}
