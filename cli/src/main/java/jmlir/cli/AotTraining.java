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
}
