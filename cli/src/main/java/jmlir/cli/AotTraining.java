package jmlir.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Training workload for the JDK AOT cache that {@code bin/jmlir-opt} creates after a build
 * ({@code -XX:AOTCacheOutput}): runs jmlir-opt in-process, discarding the output, so that the
 * classes, linked call sites and profiles of real runs are in the cache. A class or call site
 * the training never reaches is loaded from the jar and linked when a run first needs it, which
 * costs that run milliseconds; hence the broad inputs: the examples and the repository's own test
 * inputs for syntax (printed generic, custom and with locations, diagnostics verified) and for
 * the passes, besides two large synthetic modules that make the JIT profile the hot loops.
 */
public final class AotTraining {
    /** Test input folders (under the repository root) read and printed in every form. */
    private static final List<String> SYNTAX_INPUTS = List.of(
            "examples",
            "core/src/test/resources/syntax",
            "core/src/test/resources/dense",
            "core/src/test/resources/affine",
            "core/src/test/resources/float",
            "core/src/test/resources/diag",
            "core/src/test/resources/format",
            "dialects/src/test/resources/arith",
            "dialects/src/test/resources/func",
            "dialects/src/test/resources/affine",
            "dialects/src/test/resources/cf",
            "dialects/src/test/resources/test");

    /** Test input folders whose files are also run through canonicalize and cse. */
    private static final List<String> PASS_INPUTS = List.of(
            "examples",
            "dialects/src/test/resources/fold",
            "dialects/src/test/resources/affine",
            "dialects/src/test/resources/cf",
            "transforms/src/test/resources/canonicalize",
            "transforms/src/test/resources/cse");

    private static final String[][] PRINT_FLAGS = {
        {"--allow-unregistered-dialect", "--mlir-print-op-generic"},
        {"--allow-unregistered-dialect"},
        {"--allow-unregistered-dialect", "--mlir-print-debuginfo", "--split-input-file", "--verify-diagnostics"},
    };

    private static final String[] PASS_FLAGS = {"--allow-unregistered-dialect", "--canonicalize", "--cse"};

    /** Inputs larger than this are skipped: they would lengthen the build, not widen the training. */
    private static final long MAX_INPUT_BYTES = 200_000;

    private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream());

    private AotTraining() {
    }

    /** {@code args[0]}: the repository root. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        byte[] synthetic = syntheticModule(20_000).getBytes(StandardCharsets.ISO_8859_1);
        run(PRINT_FLAGS[0], synthetic);
        run(PRINT_FLAGS[1], synthetic);
        run(new String[] {"--canonicalize", "--cse"}, foldingChain(20_000).getBytes(StandardCharsets.ISO_8859_1));
        for (Path file : inputs(root, SYNTAX_INPUTS)) {
            for (String[] flags : PRINT_FLAGS) run(flags, file);
        }
        for (Path file : inputs(root, PASS_INPUTS)) run(PASS_FLAGS, file);
        // Writing an output file (-o) goes through a temporary file and a rename.
        Path output = Files.createTempDirectory("jmlir-aot-training").resolve("out.mlir");
        run(new String[] {"-o", output.toString()}, foldingChain(100).getBytes(StandardCharsets.ISO_8859_1));
        Files.deleteIfExists(output);
        Files.deleteIfExists(output.getParent());
    }

    private static List<Path> inputs(Path root, List<String> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(p -> p.toString().endsWith(".mlir"))
                        .filter(p -> p.toFile().length() <= MAX_INPUT_BYTES)
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static void run(String[] flags, byte[] input) {
        String[] args = Arrays.copyOf(flags, flags.length + 1);
        args[flags.length] = "-";
        JmlirOpt.run(args, new ByteArrayInputStream(input), SINK, SINK);
    }

    private static void run(String[] flags, Path file) {
        String[] args = Arrays.copyOf(flags, flags.length + 1);
        args[flags.length] = file.toString();
        try {
            JmlirOpt.run(args, InputStream.nullInputStream(), SINK, SINK);
        } catch (RuntimeException | StackOverflowError e) {
            // A failing run still trains the classes it loaded.
        }
    }

    /** A function of {@code n} ops adding constants in a chain, which canonicalization folds to one. */
    static String foldingChain(int n) {
        StringBuilder sb = new StringBuilder(n * 48);
        sb.append("func.func @chain() -> i32 {\n  %v0 = arith.constant 1 : i32\n");
        for (int i = 1; i < n; i++) {
            if (i % 2 == 1) sb.append("  %v").append(i).append(" = arith.constant ").append(i).append(" : i32\n");
            else sb.append("  %v").append(i).append(" = arith.addi %v").append(i - 1).append(", %v").append(i - 2)
                    .append(" : i32\n");
        }
        sb.append("  return %v").append(n - 1).append(" : i32\n}\n");
        return sb.toString();
    }

    /** A function of {@code n} generic ops over assorted builtin types and attributes. */
    static String syntheticModule(int n) {
        StringBuilder sb = new StringBuilder(n * 96);
        sb.append("\"func.func\"() <{function_type = (i32, f32, index) -> i32, sym_name = \"train\"}> ({\n");
        sb.append("^bb0(%a: i32, %b: f32, %c: index):\n");
        for (int i = 0; i < n; i++) {
            String prev = i == 0 ? "%a" : "%v" + (i - 1);
            switch (i % 4) {
                case 0 -> sb.append("  %v").append(i).append(" = \"arith.constant\"() <{value = ").append(i)
                        .append(" : i32}> : () -> i32\n");
                case 1 -> sb.append("  %v").append(i).append(" = \"arith.addi\"(").append(prev).append(", %a) ")
                        .append("<{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32\n");
                case 2 -> sb.append("  %v").append(i).append(" = \"arith.mulf\"(%b, %b) {fastmath = 1.5 : f32, ")
                        .append("tag = \"t\"} : (f32, f32) -> f32\n");
                default -> sb.append("  %v").append(i).append(" = \"test.op\"(").append("%c) ")
                        .append(": (index) -> tensor<4x?xf32>\n");
            }
        }
        sb.append("  \"func.return\"(%a) : (i32) -> ()\n}) : () -> ()\n");
        return sb.toString();
    }
}
