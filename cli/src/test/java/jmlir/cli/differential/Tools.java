package jmlir.cli.differential;

import jmlir.cli.JmlirOpt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs jmlir-opt (in-process) and mlir-opt 22 (as a process) on a module given as text. */
final class Tools {
    private static final long MLIR_OPT_TIMEOUT_SECONDS = 60;

    /** What a run printed, and its exit code. */
    record Run(int code, String out, String err) {
    }

    private Tools() {
    }

    static Run jmlirOpt(List<String> flags, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(flags);
        args.add("-");
        int code = JmlirOpt.run(args.toArray(String[]::new),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run mlirOpt(Path mlirOpt, List<String> flags, String input) {
        List<String> command = new ArrayList<>();
        command.add(mlirOpt.toString());
        command.addAll(flags);
        command.add("-");
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(MLIR_OPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "", "mlir-opt timed out");
            }
            return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * mlir-opt 22: -Djmlir.mlirOpt, $MLIR_OPT, /usr/lib/llvm-22/bin/mlir-opt, or mlir-opt-22 or
     * mlir-opt on PATH; null when there is none.
     */
    static Path findMlirOpt() {
        List<String> candidates = new ArrayList<>();
        for (String c : new String[] {System.getProperty("jmlir.mlirOpt"), System.getenv("MLIR_OPT")}) {
            if (c != null && !c.isEmpty()) candidates.add(c);
        }
        candidates.add("/usr/lib/llvm-22/bin/mlir-opt");
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            candidates.add(dir + "/mlir-opt-22");
            candidates.add(dir + "/mlir-opt");
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p) && isVersion22(p)) return p;
        }
        return null;
    }

    private static boolean isVersion22(Path mlirOpt) {
        try {
            Process p = new ProcessBuilder(mlirOpt.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.contains("LLVM version 22.");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
