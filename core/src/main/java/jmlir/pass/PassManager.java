package jmlir.pass;

import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DiagnosticHandler;
import jmlir.ir.Operation;
import jmlir.syntax.PrintOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The top-level pass manager: runs its pipeline on an op, verifying after each pass, with
 * instrumentation (IR printing, timing). A nested pipeline runs on the matching ops directly
 * inside an op; on several such ops it runs in parallel unless threading is off, with the same
 * output either way (diagnostics and printed text come out in op order).
 */
public final class PassManager extends OpPassManager {
    private boolean verifyEach = true;
    private boolean threading = true;
    private final List<PassInstrumentation> instrumentations = new ArrayList<>();
    private Timing.Timer timer = Timing.OFF;
    private PrintOptions printing = new PrintOptions();
    private Consumer<Diagnostic> diagnosticDecorator = d -> { };
    /** The pipeline as last run (nested managers merged), for statistics. */
    private OpPassManager lastRun;

    /** A pass manager on ops named {@code anchor}; passes meant for other ops get nested implicitly. */
    public PassManager(String anchor) {
        super(anchor, true);
    }

    /** Makes a pass manager that runs the steps of {@code pipeline} (an explicitly nested one, from a pipeline text). */
    public static PassManager of(OpPassManager pipeline) {
        PassManager pm = new PassManager(pipeline.anchor());
        pm.copyStepsFrom(pipeline);
        return pm;
    }

    private void copyStepsFrom(OpPassManager pipeline) {
        for (Step step : pipeline.steps()) {
            switch (step) {
                case PassStep p -> addPass(p.pass());
                case NestedStep n -> nestCopy(this, n.manager());
            }
        }
    }

    private static void nestCopy(OpPassManager into, OpPassManager nested) {
        OpPassManager copy = into.nest(nested.anchor());
        for (Step step : nested.steps()) {
            switch (step) {
                case PassStep p -> copy.addPass(p.pass());
                case NestedStep n -> nestCopy(copy, n.manager());
            }
        }
    }

    /** Whether to verify the op after each pass ({@code --verify-each}, on by default). */
    public PassManager setVerifyEach(boolean verifyEach) {
        this.verifyEach = verifyEach;
        return this;
    }

    /** Whether nested pipelines may run on several ops at once ({@code --mlir-disable-threading} turns it off). */
    public PassManager setThreading(boolean threading) {
        this.threading = threading;
        return this;
    }

    public PassManager addInstrumentation(PassInstrumentation instrumentation) {
        instrumentations.add(instrumentation);
        return this;
    }

    /** Times each pass and nested pipeline under {@code parent} ({@code --mlir-timing}). */
    public PassManager setTimer(Timing.Timer parent) {
        this.timer = parent;
        return this;
    }

    /** How ops are shown in the messages of verification failures. */
    public PassManager setPrintOptions(PrintOptions printing) {
        this.printing = printing;
        return this;
    }

    /**
     * Called on each diagnostic when it is reported, before it is passed on (jmlir-opt attaches
     * the op it is about while that op still exists).
     */
    public PassManager setDiagnosticDecorator(Consumer<Diagnostic> decorator) {
        this.diagnosticDecorator = decorator;
        return this;
    }

    /** The pipeline as it ran: adjacent nested managers on the same ops merged (null before a run). */
    public OpPassManager executedPipeline() {
        return lastRun != null ? lastRun : this;
    }

    /**
     * Runs the pipeline on {@code op}. Diagnostics go to {@code diagnostics}; text that
     * instrumentation and passes print goes to {@code out}. Returns whether every pass succeeded
     * and the IR verified after each.
     */
    public boolean run(Operation op, Context context, DiagnosticHandler diagnostics, Appendable out) {
        lastRun = merged();
        // Printing the whole top-level op while other threads change parts of it would race.
        boolean parallel = threading;
        for (PassInstrumentation i : instrumentations) {
            if (i instanceof IrPrinting p && p.printsModuleScope()) parallel = false;
        }
        PassRunner runner = new PassRunner(context, verifyEach, parallel, instrumentations, printing,
                diagnosticDecorator);
        PassRunner.Sink sink = PassRunner.Sink.direct(diagnostics, out);
        if (!canRunOn(op)) {
            sink.report(Diagnostic.error(op, "can't run '" + anchor() + "' pass manager on '" + op.name().name()
                    + "' op"));
            return false;
        }
        try {
            return runner.runPipeline(lastRun, op, sink, timer);
        } finally {
            runner.close();
        }
    }
}
