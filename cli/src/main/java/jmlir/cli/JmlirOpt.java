package jmlir.cli;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.syntax.SourceFile;
import jmlir.trace.Tracer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The {@code jmlir-opt} command: reads MLIR, runs passes, prints MLIR, in mlir-opt's spelling. */
public final class JmlirOpt {
    /** Deeply nested IR recurses deeply; the work runs on a thread with a large stack. */
    private static final long STACK_SIZE = 2L << 30;
    /** Bytes of output encoded and written at a time. */
    private static final int WRITE_SLICE = 1 << 16;

    private JmlirOpt() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        // halt, not exit: everything is written, and System.exit would set up the JDK's logging
        // (to log the exit), which costs a noticeable part of a short run.
        Runtime.getRuntime().halt(code);
    }

    /** Runs the tool in-process; returns the exit code. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        OptOptions options;
        try {
            options = OptOptions.parse(args);
        } catch (OptOptions.UsageException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (options.help) {
            out.print(OptOptions.HELP);
            out.print("\n  Compiler passes to run\n");
            out.print(options.passes.listPasses().indent(4));
            return 0;
        }
        if (options.passes.listPasses) {
            out.print(options.passes.listPasses());
            return 0;
        }
        try {
            options.passes.build("builtin.module");
        } catch (jmlir.pass.PassPipelineException e) {
            if (e.commandLineError() != null) err.println("jmlir-opt: " + e.commandLineError());
            err.println("<unknown>:0: error: " + e.diagnostic());
            return 1;
        }
        if (options.version) {
            out.println("jmlir-opt version " + Version.VERSION);
            out.println("  text-compatible with MLIR 22");
            return 0;
        }
        if (options.showDialects) {
            out.println("Available Dialects: " + String.join(",", Dialects.registerAll(new Context()).registeredDialects()));
            return 0;
        }
        SourceFile input;
        try {
            input = readInput(options.input, stdin);
        } catch (IOException e) {
            err.println("cannot open input file '" + options.input + "': " + whyUnreadable(e));
            return 1;
        }
        Tracer tracer = options.traceFile == null ? Tracer.OFF : Tracer.recording(options.traceSpans);
        FlightRecording recording = options.jfrFile == null ? null : FlightRecording.start();
        OptDriver.Result result;
        try {
            result = runWithLargeStack(() -> new OptDriver(options, err, tracer).run(input));
        } catch (OutOfMemoryError e) {
            err.println(input.name() + ": error: out of memory (raise the heap limit with JAVA_TOOL_OPTIONS=-Xmx...)");
            return 1;
        } catch (RuntimeException | Error e) {
            // A defect in jmlir, not in the input: say so in one line rather than with a stack trace.
            err.println("jmlir-opt: internal error: " + e);
            return 2;
        }
        try {
            // Like mlir-opt, a failed run leaves no output file behind (stdout gets what succeeded).
            if (result.success() || options.output.equals("-")) writeOutput(options.output, result.output(), out);
            if (options.traceFile != null) {
                OutputFiles.writeAtomically(options.traceFile, file -> {
                    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        tracer.write(w);
                    }
                });
            }
            if (recording != null) recording.stopAndWrite(options.jfrFile);
        } catch (OutputFiles.CannotOpen e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("jmlir-opt: error writing output: " + e.getMessage());
            return 1;
        }
        return result.success() ? 0 : 1;
    }

    /** Why a file could not be read, in the C library's words, as mlir-opt reports it. */
    static String whyUnreadable(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "Permission denied";
        return e.getMessage();
    }

    private static SourceFile readInput(String path, InputStream stdin) throws IOException {
        if (path.equals("-")) return SourceFile.of("<stdin>", stdin.readAllBytes());
        return SourceFile.of(path, Files.readAllBytes(Path.of(path)));
    }

    private static void writeOutput(String path, StringBuilder text, PrintStream out) throws IOException {
        if (path.equals("-")) {
            writeLatin1(text, out);
            out.flush();
            return;
        }
        OutputFiles.writeAtomically(path, file -> {
            try (OutputStream os = Files.newOutputStream(file)) {
                writeLatin1(text, os);
            }
        });
    }

    /**
     * Writes text whose chars are bytes (as the printer makes it) a slice at a time: the output
     * may be as large as the input, and a copy of it whole would cost as much memory again.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the chars are bytes
    private static void writeLatin1(StringBuilder text, OutputStream out) throws IOException {
        byte[] bytes = new byte[WRITE_SLICE];
        int n = text.length();
        for (int i = 0; i < n; i += WRITE_SLICE) {
            int m = Math.min(WRITE_SLICE, n - i);
            // The one JDK copy from a Latin-1 string to bytes that needs no loop of its own.
            text.substring(i, i + m).getBytes(0, m, bytes, 0);
            out.write(bytes, 0, m);
        }
    }

    private static <T> T runWithLargeStack(Supplier<T> work) {
        Object[] box = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                box[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "jmlir-opt", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error er) throw er;
        if (failure[0] != null) throw new IllegalStateException(failure[0]);
        @SuppressWarnings("unchecked")
        T result = (T) box[0];
        return result;
    }
}
