package jmlir.cli;

import jmlir.ir.Diagnostic;

import java.io.PrintStream;

/** Where one chunk's diagnostics go: printed, or checked against expected-* comments. */
interface DiagnosticSink {
    void report(Diagnostic diagnostic);

    /** Ends the chunk; returns whether it succeeded. */
    boolean finish(PrintStream err);
}
