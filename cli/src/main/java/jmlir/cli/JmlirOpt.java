package jmlir.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The {@code jmlir-opt} command: reads MLIR, runs passes, prints MLIR, in mlir-opt's spelling. */
public final class JmlirOpt {
    private JmlirOpt() {
    }

    public static void main(String[] args) {
        int code = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the tool in-process; returns the exit code. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        err.println("jmlir-opt: not implemented yet");
        return 1;
    }
}
