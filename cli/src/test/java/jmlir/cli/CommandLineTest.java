package jmlir.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Flags that write files or print information. */
class CommandLineTest {
    private static final String MODULE = "\"t.a\"() : () -> ()\n";

    private static int run(String input, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return JmlirOpt.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out), new PrintStream(err));
    }

    @Test
    void outputFileIsWrittenOnSuccessOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.mlir");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(MODULE, out, err, "--allow-unregistered-dialect", "-o", file.toString(), "-")).isZero();
        assertThat(Files.readString(file)).isEqualTo("module {\n  \"t.a\"() : () -> ()\n}\n\n");
        Path failed = dir.resolve("failed.mlir");
        assertThat(run("\"t.a\"(", out, err, "--allow-unregistered-dialect", "-o", failed.toString(), "-"))
                .isEqualTo(1);
        assertThat(failed).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.mlir");
        }
    }

    /** An output file that cannot be made is reported as mlir-opt 22 reports it. */
    @Test
    void outputFileThatCannotBeOpenedIsReportedAsMlirOptDoes(@TempDir Path dir) {
        String missing = dir.resolve("no/such/dir/out.mlir").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(MODULE, new ByteArrayOutputStream(), err, "--allow-unregistered-dialect", "-o", missing, "-"))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("cannot open output file '" + missing
                + "': No such file or directory\n");
        err.reset();
        assertThat(run(MODULE, new ByteArrayOutputStream(), err, "--allow-unregistered-dialect", "-o", dir.toString(),
                "-")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("cannot open output file '" + dir + "': Is a directory\n");
    }

    /** Unreadable inputs, as mlir-opt 22 reports them. */
    @Test
    void inputFileThatCannotBeReadIsReportedAsMlirOptDoes(@TempDir Path dir) {
        String missing = dir.resolve("missing.mlir").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run("", new ByteArrayOutputStream(), err, missing)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("cannot open input file '" + missing + "': No such file or directory\n");
        err.reset();
        assertThat(run(MODULE, new ByteArrayOutputStream(), err, "--irdl-file=" + missing, "-")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: cannot open input file '" + missing
                + "': No such file or directory\n");
    }

    /** A pipe or device given to -o (/dev/null, a FIFO) is written to, not replaced by a file. */
    @Test
    void outputToAPipeWritesThroughIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(MODULE, out, new ByteArrayOutputStream(), "--allow-unregistered-dialect", "-o",
                fifo.toString(), "-")).isZero();
        assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo("module {\n  \"t.a\"() : () -> ()\n}\n\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.fifo");
        }
    }

    @Test
    void noImplicitModulePrintsTheOnlyTopLevelOp() {
        // The expected texts are mlir-opt 22's.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run("func.func private @a()\n", out, err, "--no-implicit-module", "-")).isZero();
        assertThat(out.toString()).isEqualTo("func.func private @a()\n\n");
        out.reset();
        assertThat(run("func.func private @a()\nfunc.func private @b()\n", out, err, "--no-implicit-module", "-"))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("<stdin>:0:0: error: source must contain a single top-level operation, "
                + "found: 2\n");
    }

    @Test
    void traceHasTheRequestedPhasesOnly(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = run(MODULE, out, new ByteArrayOutputStream(), "--allow-unregistered-dialect",
                "--trace=" + trace, "--trace-spans=parse,print", "-");
        assertThat(code).isZero();
        String json = Files.readString(trace);
        assertThat(json).startsWith("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
        assertThat(json).contains("\"name\":\"parse\",\"ph\":\"X\"").contains("\"name\":\"print\"")
                .doesNotContain("\"name\":\"verify\"");
    }

    @Test
    void traceHasASpanPerPassWithWhatTheRewriterDid(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.json");
        String chain = "func.func @f() -> i32 {\n  %a = arith.constant 1 : i32\n  %b = arith.constant 2 : i32\n"
                + "  %c = arith.addi %a, %b : i32\n  return %c : i32\n}\n";
        int code = run(chain, new ByteArrayOutputStream(), new ByteArrayOutputStream(), "--canonicalize",
                "--trace=" + trace, "--trace-spans=canonicalize", "-");
        assertThat(code).isZero();
        String json = Files.readString(trace);
        assertThat(json).contains("\"name\":\"canonicalize\"").contains("\"folded\":1")
                .contains("\"iterations\":2").doesNotContain("\"name\":\"parse\"");
    }

    @Test
    void flightRecordingIsWritten(@TempDir Path dir) throws IOException {
        Path jfr = dir.resolve("run.jfr");
        int code = run(MODULE, new ByteArrayOutputStream(), new ByteArrayOutputStream(),
                "--allow-unregistered-dialect", "--jfr=" + jfr, "-");
        assertThat(code).isZero();
        assertThat(Files.size(jfr)).isPositive();
    }

    @Test
    void versionAndHelpAndDialects() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run("", out, new ByteArrayOutputStream(), "--version")).isZero();
        assertThat(out.toString()).startsWith("jmlir-opt version ");
        out.reset();
        assertThat(run("", out, new ByteArrayOutputStream(), "-help")).isZero();
        assertThat(out.toString()).contains("--mlir-print-op-generic");
        out.reset();
        assertThat(run("", out, new ByteArrayOutputStream(), "--show-dialects")).isZero();
        assertThat(out.toString()).startsWith("Available Dialects: ").contains("arith").contains("builtin");
    }
}
