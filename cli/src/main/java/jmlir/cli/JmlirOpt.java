package jmlir.cli;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceBuffer;

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
            out.println("Available Dialects: " + String.join(", ", new Context().registeredDialects()));
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
        Result result = runWithLargeStack(() -> process(options, SourceBuffer.of(bufferName, input), err));
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
    private static Result process(OptOptions options, SourceBuffer whole, PrintStream err) {
        List<SourceBuffer> chunks = options.splitInputFile
                ? InputSplitter.split(whole, options.splitMarker) : List.of(whole);
        StringBuilder output = new StringBuilder();
        boolean success = true;
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) output.append(options.outputSplitMarker).append('\n');
            ChunkResult r = processChunk(options, chunks.get(i), err);
            if (r.output != null) output.append(r.output);
            success &= r.success;
        }
        return new Result(success, output.toString());
    }

    private record ChunkResult(boolean success, String output) {
    }

    private static ChunkResult processChunk(OptOptions options, SourceBuffer chunk, PrintStream err) {
        DiagnosticSink sink = options.verifyDiagnostics ? new VerifyingSink(chunk) : new PrintingSink(chunk, err);
        Context context = new Context();
        context.setAllowUnregisteredDialects(options.allowUnregisteredDialect);
        String text = null;
        try {
            ResourceTable resources = new ResourceTable();
            Operation module = new Parser(context, chunk, resources).parseTopLevel();
            text = OpPrinter.print(module, options.print, resources) + "\n";
        } catch (ParseException e) {
            sink.report(e.diagnostic());
        } catch (StackOverflowError e) {
            sink.report(new Diagnostic(Diagnostic.Severity.ERROR, chunk.location(chunk.begin()),
                    "input is nested too deeply to process"));
        }
        boolean ok = sink.finish(err);
        if (options.verifyDiagnostics) return new ChunkResult(ok, ok ? text : null);
        return new ChunkResult(ok && text != null, text);
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

    /** Splits a buffer at each occurrence of the marker; chunks keep whole-file offsets. */
    static final class InputSplitter {
        static List<SourceBuffer> split(SourceBuffer whole, String marker) {
            byte[] b = whole.bytes();
            byte[] m = marker.getBytes(StandardCharsets.ISO_8859_1);
            List<SourceBuffer> chunks = new ArrayList<>();
            int chunkStart = 0;
            outer:
            for (int i = 0; i + m.length <= b.length; i++) {
                for (int j = 0; j < m.length; j++) if (b[i + j] != m[j]) continue outer;
                chunks.add(whole.chunk(chunkStart, i));
                chunkStart = i + m.length;
                i = chunkStart - 1;
            }
            chunks.add(whole.chunk(chunkStart, b.length));
            return chunks;
        }
    }
}
