package jmlir.cli;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.SourceManager;
import jmlir.syntax.DiagnosticPrinter;
import jmlir.syntax.DiagnosticVerifier;
import jmlir.syntax.MessageRenderer;
import jmlir.ir.DiagnosticHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The {@code jmlir-opt} command: reads MLIR, runs passes, prints MLIR, in mlir-opt's spelling. */
public final class JmlirOpt {
    /** Deeply nested IR recurses deeply; the work runs on a thread with a large stack. */
    private static final long STACK_SIZE = 2L << 30;

    private JmlirOpt() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
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
            return 0;
        }
        if (options.version) {
            out.println("jmlir-opt version " + Version.VERSION);
            out.println("  text-compatible with MLIR 22");
            return 0;
        }
        if (options.showDialects) {
            out.println("Available Dialects: " + String.join(",", new Context().registeredDialects()));
            return 0;
        }
        byte[] input;
        String bufferName;
        try {
            if (options.input.equals("-")) {
                input = stdin.readAllBytes();
                bufferName = "<stdin>";
            } else {
                input = Files.readAllBytes(Path.of(options.input));
                bufferName = options.input;
            }
        } catch (NoSuchFileException e) {
            err.println("Could not open input file '" + options.input + "': No such file or directory");
            return 1;
        } catch (IOException e) {
            err.println("Could not open input file '" + options.input + "': " + e.getMessage());
            return 1;
        }
        Result result;
        try {
            result = runWithLargeStack(() -> process(options, SourceFile.of(bufferName, input), err));
        } catch (OutOfMemoryError e) {
            err.println(bufferName + ": error: out of memory (raise the heap limit with JAVA_TOOL_OPTIONS=-Xmx...)");
            return 1;
        } catch (RuntimeException | Error e) {
            // A defect in jmlir, not in the input: say so in one line rather than with a stack trace.
            err.println("jmlir-opt: internal error: " + e);
            return 2;
        }
        if (result.output != null) {
            try {
                writeOutput(options.output, result.output, out);
            } catch (IOException e) {
                err.println("jmlir-opt: error writing '" + options.output + "': " + e.getMessage());
                return 1;
            }
        }
        return result.success ? 0 : 1;
    }

    private record Result(boolean success, String output) {
    }

    private static Result runWithLargeStack(java.util.function.Supplier<Result> work) {
        Result[] box = new Result[1];
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
            return new Result(false, null);
        }
        if (failure[0] != null) {
            if (failure[0] instanceof RuntimeException re) throw re;
            if (failure[0] instanceof Error er) throw er;
            throw new IllegalStateException(failure[0]);
        }
        return box[0];
    }

    /** Processes the input, chunk by chunk when it is split; returns the text to write. */
    private static Result process(OptOptions options, SourceFile whole, PrintStream err) {
        SourceManager sources = SourceManager.withFileLoading().add(whole);
        DiagnosticPrinter printer = new DiagnosticPrinter(sources, err);
        DiagnosticVerifier verifier = options.verifyLevel == null ? null
                : new DiagnosticVerifier(sources, whole, options.verifyLevel, err);
        DiagnosticHandler handler = verifier != null ? verifier : printer;
        List<SourceFile> chunks = options.splitInputFile
                ? InputSplitter.split(whole, options.splitMarker, err) : List.of(whole);
        StringBuilder output = new StringBuilder();
        boolean success = true;
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) output.append(options.outputSplitMarker).append('\n');
            String text = processChunk(options, chunks.get(i), handler);
            if (text != null) output.append(text);
            else success = false;
        }
        if (verifier != null) {
            success = verifier.verify();
            verifier.close();
        }
        return new Result(success, output.toString());
    }

    /** Parses, verifies and prints one chunk; returns its output, or null after an error. */
    private static String processChunk(OptOptions options, SourceFile chunk, DiagnosticHandler diagnostics) {
        Context context = new Context();
        context.setAllowUnregisteredDialects(options.allowUnregisteredDialect);
        try {
            Operation module = new Parser(context, chunk, new ResourceTable()).parseTopLevel();
            Diagnostic invalid = Verifier.verify(module);
            if (invalid != null) {
                if (options.verifyLevel == null) attachCurrentOperation(invalid);
                diagnostics.handle(invalid);
                return null;
            }
            return OpPrinter.print(module, options.print) + "\n";
        } catch (ParseException e) {
            for (Diagnostic d : e.diagnostics()) diagnostics.handle(d);
        } catch (StackOverflowError e) {
            diagnostics.handle(new Diagnostic(Diagnostic.Severity.ERROR, chunk.location(chunk.start()),
                    "input is nested too deeply to process"));
        }
        return null;
    }

    /** mlir-opt shows the operation a diagnostic is about, in generic form, in a note. */
    private static void attachCurrentOperation(Diagnostic d) {
        Operation op = d.operation();
        if (op == null) return;
        PrintOptions generic = new PrintOptions();
        generic.generic = true;
        String text = OpPrinter.print(op, generic);
        d.attachNote(op.location(), "see current operation: \n" + text.substring(0, text.length() - 1));
    }

    /** Writes through a temporary file and a rename, so the output is never half-written. */
    private static void writeOutput(String path, String text, PrintStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (path.equals("-")) {
            out.write(bytes);
            out.flush();
            return;
        }
        Path target = Path.of(path).toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), ".jmlir-opt-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Splits a buffer at each occurrence of the marker; chunks keep whole-file offsets. Like
     * mlir-opt, it warns about near misses: the marker less its last two characters, where the
     * whole marker does not follow.
     */
    static final class InputSplitter {
        static List<SourceFile> split(SourceFile whole, String marker, PrintStream err) {
            byte[] b = whole.bytes();
            byte[] m = marker.getBytes(StandardCharsets.ISO_8859_1);
            int nearLength = Math.max(1, m.length - 2);
            List<SourceFile> chunks = new ArrayList<>();
            int chunkStart = 0;
            for (int i = 0; i + nearLength <= b.length; i++) {
                if (!matches(b, i, m, nearLength)) continue;
                if (i + m.length <= b.length && matches(b, i, m, m.length)) {
                    chunks.add(whole.chunk(chunkStart, i));
                    chunkStart = i + m.length;
                    i = chunkStart - 1;
                } else {
                    byte[] warning = MessageRenderer.atOffset(whole, i + nearLength, Diagnostic.Severity.WARNING,
                            "near miss with file split marker");
                    err.write(warning, 0, warning.length);
                }
            }
            chunks.add(whole.chunk(chunkStart, b.length));
            return chunks;
        }

        private static boolean matches(byte[] b, int at, byte[] m, int length) {
            for (int j = 0; j < length; j++) if (b[at + j] != m[j]) return false;
            return true;
        }
    }
}
