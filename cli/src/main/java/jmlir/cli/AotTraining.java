package jmlir.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Training workload for the JDK AOT cache that {@code bin/jmlir-opt} creates after a build
 * ({@code -XX:AOTCacheOutput}): runs jmlir-opt in-process over the given MLIR files in generic
 * and custom form, discarding the output, so the classes and profiles of a typical run are cached.
 */
public final class AotTraining {
    private static final String[][] FLAG_SETS = {
        {"--allow-unregistered-dialect", "--mlir-print-op-generic"},
        {"--allow-unregistered-dialect"},
    };

    private AotTraining() {
    }

    public static void main(String[] files) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        // A larger synthetic module makes the JIT profile the parser's and printer's hot loops.
        byte[] synthetic = syntheticModule(20_000).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String[] flags : FLAG_SETS) {
            String[] args = java.util.Arrays.copyOf(flags, flags.length + 1);
            args[flags.length] = "-";
            JmlirOpt.run(args, new java.io.ByteArrayInputStream(synthetic), sink, sink);
        }
        // Canonicalization and cse of a folding chain train the pattern driver, folders and cse.
        byte[] chain = foldingChain(20_000).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        JmlirOpt.run(new String[] {"--canonicalize", "--cse", "-"}, new java.io.ByteArrayInputStream(chain), sink, sink);
        for (String file : files) {
            for (String[] flags : FLAG_SETS) {
                String[] args = java.util.Arrays.copyOf(flags, flags.length + 1);
                args[flags.length] = file;
                try {
                    JmlirOpt.run(args, InputStream.nullInputStream(), sink, sink);
                } catch (RuntimeException | StackOverflowError e) {
                    // A failing run still trains the classes it loaded.
                }
            }
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
