package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Pass-manager flags whose output mlir-opt does not define byte for byte (jmlir's own, or timed). */
class PassCommandLineTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withInput = java.util.Arrays.copyOf(args, args.length + 1);
        withInput[args.length] = "-";
        int code = JmlirOpt.run(withInput, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out), new PrintStream(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String functions(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("func.func ").append(i % 3 == 0 ? "private " : "").append("@f").append(i)
                    .append("(%a: i32) -> i32 {\n  %0 = arith.addi %a, %a : i32\n  return %0 : i32\n}\n");
        }
        return text.toString();
    }

    @Test
    void xdslShortFormIsTheSameAsThePipeline() {
        String input = functions(4);
        Run shortForm = run(input, "-p", "symbol-privatize{exclude=f1},func.func(print-op-stats{json})",
                "--dump-pass-pipeline");
        Run pipeline = run(input, "--pass-pipeline=builtin.module(symbol-privatize{exclude=f1},"
                + "func.func(print-op-stats{json}))", "--dump-pass-pipeline");
        assertThat(shortForm).isEqualTo(pipeline);
        assertThat(shortForm.code()).isZero();
        assertThat(shortForm.out()).contains("func.func @f1(", "func.func private @f2(");
    }

    @Test
    void threadingDoesNotChangeTheOutput() {
        String input = functions(60);
        String[] flags = {"--pass-pipeline=builtin.module(func.func(strip-debuginfo,print-op-stats),symbol-dce)",
                "--mlir-print-ir-before=print-op-stats", "--mlir-print-ir-after-all", "--mlir-print-ir-after-change"};
        Run threaded = run(input, flags);
        String[] serialFlags = java.util.Arrays.copyOf(flags, flags.length + 1);
        serialFlags[flags.length] = "--mlir-disable-threading";
        assertThat(threaded).isEqualTo(run(input, serialFlags));
        assertThat(threaded.err()).startsWith("// -----// IR Dump After StripDebugInfo (strip-debuginfo) //----- //\n"
                + "func.func private @f0(");
        assertThat(threaded.out()).doesNotContain("@f3(").contains("@f1(");
    }

    @Test
    void listPassesShowsEveryPassWithItsOptions() {
        Run list = run("", "--list-passes");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("Passes:\n  --canonicalize ").containsPattern(
                "\n  --print-op-stats +-   Print statistics of operations\n    --json +- print the stats as JSON\n")
                .containsPattern("\n  --symbol-privatize +-   Mark symbols private\n    --exclude=<string> +- Comma");
        assertThat(run("", "--help").out()).contains("\n  Compiler passes to run\n    Passes:\n      --canonicalize ",
                "\n      --symbol-dce ");
    }

    @Test
    void timingShowsParserPassesAndOutput() {
        Run timed = run(functions(3), "--pass-pipeline=builtin.module(func.func(strip-debuginfo),symbol-dce)",
                "--mlir-timing", "--mlir-disable-threading");
        String rows = timed.err().replaceAll("\\d+\\.\\d{4} \\(\\s*\\d+\\.\\d%\\)", "T");
        assertThat(rows).endsWith("""
                  ----Wall Time----  ----Name----
                    T  Parser
                    T  'func.func' Pipeline
                    T    StripDebugInfo
                    T  SymbolDCE
                    T  Output
                    T  Rest
                    T  Total
                """);
    }

    @Test
    void analysesAreTimedUnderThePassThatBuiltThem() {
        Run timed = run(functions(3), "--pass-pipeline=builtin.module(func.func(cse))", "--mlir-timing",
                "--mlir-disable-threading");
        String rows = timed.err().replaceAll("\\d+\\.\\d{4} \\(\\s*\\d+\\.\\d%\\)", "T");
        assertThat(rows).contains("""
                    T  'func.func' Pipeline
                    T    CSE
                    T      (A) DominanceInfo
                """);
    }

    @Test
    void statisticsCountWhatThePassesDid() {
        Run stats = run(functions(6), "--symbol-dce", "--mlir-pass-statistics");
        assertThat(stats.err()).endsWith("""
                ===-------------------------------------------------------------------------===
                SymbolDCE
                  (S) 2 num-dce'd - Number of symbols DCE'd

                """);
    }
}
