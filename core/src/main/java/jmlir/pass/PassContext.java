package jmlir.pass;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;

/** What a running pass may ask of its pass manager. */
public interface PassContext {
    Context context();

    /** Marks the pass as failed; the pipeline stops after it. */
    void signalFailure();

    /**
     * Tells the pass manager that the pass left the IR as it was (MLIR's
     * {@code markAllAnalysesPreserved}), so it need not verify the IR again.
     */
    default void markAllAnalysesPreserved() {
    }

    /**
     * Times the computation of an analysis the pass uses; it shows under the pass in
     * {@code --mlir-timing} as {@code (A) name}. Close the result when the analysis is built.
     */
    default Timing.Measure timeAnalysis(String name) {
        return Timing.OFF.start();
    }

    /** Reports a diagnostic (the pass usually fails too). */
    void report(Diagnostic diagnostic);

    /**
     * Writes text a pass reports about the IR ({@code print-op-stats}) to the stream of
     * diagnostics (stderr in jmlir-opt), in op order even when ops run in parallel.
     */
    default void print(String text) {
        System.err.print(text);
    }
}
