package jmlir.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The inputs of the JMH suite: xDSL's pinned benchmark inputs from
 * {@code ../shared/workloads/xdsl/}, their generic form (printed by {@code mlir-opt}), and a
 * valid empty module.
 *
 * <p>A workload id is the file name without {@code .mlir} ({@code constant_folding_100}); with
 * the suffix {@code .generic} it names the same input printed by
 * {@code mlir-opt --allow-unregistered-dialect --mlir-print-op-generic}, which jmlir can read
 * before it has the custom syntax of arith and func. {@code empty_module} is {@code module {}}:
 * xDSL's {@code empty.mlir} (a region without a block) parses but does not verify.
 *
 * <p>The shared tree is found from the system property {@code jmlir.shared}, the environment
 * variable {@code JMLIR_SHARED}, {@code ../shared}, or a {@code shared/} directory beside the
 * working directory or one of its parents (which covers a git worktree). {@code mlir-opt} is
 * {@code -Djmlir.mlirOpt}, {@code $MLIR_OPT}, {@code /usr/lib/llvm-22/bin/mlir-opt} or
 * {@code mlir-opt} on the PATH.
 */
public final class Workloads {
    /** Every workload of the suite, in the order results are shown. */
    public static final List<String> ALL = List.of(
            "empty",
            "empty_module",
            "constant_folding_100",
            "constant_folding_100.generic",
            "constant_folding_1000",
            "constant_folding_1000.generic",
            "large_dense_attr_3x3",
            "large_dense_attr_3x3.generic",
            "large_dense_attr_10x10",
            "large_dense_attr_10x10.generic",
            "large_dense_attr_32x32",
            "large_dense_attr_32x32.generic",
            "large_dense_attr_1024x1024",
            "large_dense_attr_1024x1024.generic",
            "large_dense_attr_hex_3x3",
            "large_dense_attr_hex_32x32",
            "large_constant_tensor_4x4_x2",
            "large_constant_tensor_4x4_x2.generic");

    /** The workloads of a smoke run ({@code --quick}): one small input of each kind. */
    public static final List<String> QUICK = List.of(
            "empty",
            "empty_module",
            "constant_folding_100",
            "constant_folding_100.generic",
            "large_dense_attr_3x3",
            "large_dense_attr_hex_3x3",
            "large_constant_tensor_4x4_x2");

    public static final String GENERIC_SUFFIX = ".generic";
    private static final String EMPTY_MODULE = "module {\n}\n";

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Workloads() {
    }

    /** The text of workload {@code id}. Throws {@link WorkloadException} if it cannot be had. */
    public static byte[] bytes(String id) {
        byte[] b = CACHE.get(id);
        if (b == null) {
            b = load(id);
            CACHE.putIfAbsent(id, b);
        }
        return b;
    }

    private static byte[] load(String id) {
        if (id.equals("empty_module")) return EMPTY_MODULE.getBytes(StandardCharsets.UTF_8);
        if (id.endsWith(GENERIC_SUFFIX)) {
            return genericForm(bytes(id.substring(0, id.length() - GENERIC_SUFFIX.length())), id);
        }
        Path file = xdslDir().resolve(id + ".mlir");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WorkloadException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** {@code ../shared/workloads/xdsl}, found as the class comment says. */
    public static Path xdslDir() {
        Path dir = sharedDir().resolve("workloads").resolve("xdsl");
        if (!Files.isDirectory(dir)) throw new WorkloadException(dir + " is not a directory");
        return dir;
    }

    /** The shared tree (conformance corpus and workloads). */
    public static Path sharedDir() {
        String prop = System.getProperty("jmlir.shared");
        if (prop != null && !prop.isEmpty()) return Path.of(prop);
        String env = System.getenv("JMLIR_SHARED");
        if (env != null && !env.isEmpty()) return Path.of(env);
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("../shared/workloads"))) return cwd.resolve("../shared").normalize();
        for (Path p = cwd; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("workloads"))) return candidate;
        }
        throw new WorkloadException("../shared not found from " + cwd
                + "; set -Djmlir.shared=DIR or JMLIR_SHARED");
    }

    /** The mlir-opt command, or null when there is none. */
    public static String mlirOpt() {
        List<String> candidates = new ArrayList<>();
        String prop = System.getProperty("jmlir.mlirOpt");
        if (prop != null && !prop.isEmpty()) candidates.add(prop);
        String env = System.getenv("MLIR_OPT");
        if (env != null && !env.isEmpty()) candidates.add(env);
        candidates.add("/usr/lib/llvm-22/bin/mlir-opt");
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) return c;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mlir-opt"))) return dir + "/mlir-opt";
            }
        }
        return null;
    }

    private static byte[] genericForm(byte[] text, String id) {
        String mlirOpt = mlirOpt();
        if (mlirOpt == null) throw new WorkloadException(id + ": needs mlir-opt (set MLIR_OPT)");
        try {
            Process p = new ProcessBuilder(mlirOpt, "--allow-unregistered-dialect", "--mlir-print-op-generic", "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread writer = Thread.ofVirtual().start(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(text);
                } catch (IOException ignored) {
                    // mlir-opt exited early; its exit code says why.
                }
            });
            byte[] out;
            try (InputStream s = p.getInputStream()) {
                out = readAll(s);
            }
            writer.join();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new WorkloadException(id + ": mlir-opt timed out");
            }
            if (p.exitValue() != 0) throw new WorkloadException(id + ": mlir-opt failed with exit code " + p.exitValue());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkloadException(id + ": interrupted");
        }
    }

    private static byte[] readAll(InputStream s) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        s.transferTo(buf);
        return buf.toByteArray();
    }

    /** A workload that cannot be loaded (missing file, no mlir-opt). */
    public static final class WorkloadException extends RuntimeException {
        public WorkloadException(String message) {
            super(message);
        }
    }
}
