package jmlir.pass;

import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DiagnosticHandler;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Trait;
import jmlir.ir.Verifier;
import jmlir.syntax.PrintOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs one pipeline on one op for a {@link PassManager}: passes, verification, nesting, parallelism. */
final class PassRunner {
    /** Deeply nested IR recurses deeply; worker threads get large stacks, as the main one does. */
    private static final long WORKER_STACK_SIZE = 512L << 20;

    private final Context context;
    private final boolean verifyEach;
    private final boolean threading;
    private final List<PassInstrumentation> instrumentations;
    private final PrintOptions printing;
    private final Consumer<Diagnostic> decorator;
    private ExecutorService pool;
    private final ThreadLocal<Boolean> onWorker = ThreadLocal.withInitial(() -> false);

    PassRunner(Context context, boolean verifyEach, boolean threading, List<PassInstrumentation> instrumentations,
               PrintOptions printing, Consumer<Diagnostic> decorator) {
        this.context = context;
        this.verifyEach = verifyEach;
        this.threading = threading;
        this.instrumentations = List.copyOf(instrumentations);
        this.printing = printing;
        this.decorator = decorator;
    }

    /**
     * Where the diagnostics and text of a run go: straight to the handler and stream, or into
     * a buffer (for one op of a parallel run) replayed later in op order.
     */
    interface Sink {
        void report(Diagnostic d);

        void print(CharSequence text);

        static Sink direct(DiagnosticHandler handler, Appendable out) {
            return new Sink() {
                @Override
                public void report(Diagnostic d) {
                    handler.handle(d);
                }

                @Override
                public void print(CharSequence text) {
                    try {
                        out.append(text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }

    /** Diagnostics and text kept in order, to be replayed into another sink. */
    private static final class BufferedSink implements Sink {
        private final List<Object> events = new ArrayList<>();

        @Override
        public void report(Diagnostic d) {
            events.add(d);
        }

        @Override
        public void print(CharSequence text) {
            events.add(text.toString());
        }

        void replay(Sink into) {
            for (Object e : events) {
                if (e instanceof Diagnostic d) into.report(d);
                else into.print((String) e);
            }
        }
    }

    /** Runs each step of {@code pm} on {@code op}; stops at the first failure. */
    boolean runPipeline(OpPassManager pm, Operation op, Sink sink, Timing.Timer timer) {
        for (OpPassManager.Step step : pm.steps()) {
            boolean ok = step instanceof OpPassManager.PassStep p
                    ? runPass(p.pass(), op, sink, timer)
                    : runNested(((OpPassManager.NestedStep) step).manager(), op, sink, timer);
            if (!ok) return false;
        }
        return true;
    }

    private boolean runPass(Pass pass, Operation op, Sink sink, Timing.Timer timer) {
        Appendable out = new SinkAppendable(sink);
        Object[] before = new Object[instrumentations.size()];
        for (int i = 0; i < before.length; i++) before[i] = instrumentations.get(i).runBeforePass(pass, op, out);
        Timing.Timer passTimer = timer.child(pass, pass.name());
        RunContext run = new RunContext(sink, passTimer);
        try (Timing.Measure m = passTimer.start()) {
            pass.run(op, run);
        }
        boolean failed = run.failed;
        if (!failed && verifyEach && !run.preserved) {
            List<Diagnostic> errors = Verifier.verifyAll(op, printing);
            for (Diagnostic d : errors) run.report(d);
            failed = !errors.isEmpty();
        }
        for (int i = 0; i < before.length; i++) instrumentations.get(i).runAfterPass(pass, op, out, before[i], failed);
        return !failed;
    }

    /**
     * Runs {@code nested} on each op directly inside {@code op}'s regions that it applies to.
     * Every such op is run even when one fails (as with threads), so the diagnostics do not
     * depend on threading.
     */
    private boolean runNested(OpPassManager nested, Operation op, Sink sink, Timing.Timer timer) {
        List<Operation> targets = new ArrayList<>();
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            for (Block block : region.blocks()) {
                for (Operation child : block) if (nested.canRunOn(child)) targets.add(child);
            }
        }
        if (targets.isEmpty()) return true;
        for (Operation target : targets) {
            if (target.isRegistered() && !target.hasTrait(Trait.ISOLATED_FROM_ABOVE)) {
                sink.report(new Diagnostic(Diagnostic.Severity.ERROR, target.location(),
                        "trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'"));
                return false;
            }
        }
        Timing.Timer pipelineTimer = timer.child(nested, "'" + nested.anchor() + "' Pipeline");
        long start = System.nanoTime();
        boolean ok;
        if (threading && targets.size() > 1 && !onWorker.get()) {
            ok = runInParallel(nested, targets, sink, pipelineTimer, start);
        } else {
            ok = true;
            for (Operation target : targets) {
                long opStart = System.nanoTime();
                ok &= runPipeline(nested, target, sink, pipelineTimer);
                pipelineTimer.addPerOp(System.nanoTime() - opStart);
            }
            long elapsed = System.nanoTime() - start;
            pipelineTimer.add(elapsed, elapsed);
        }
        return ok;
    }

    private boolean runInParallel(OpPassManager nested, List<Operation> targets, Sink sink,
                                  Timing.Timer pipelineTimer, long start) {
        List<BufferedSink> buffers = new ArrayList<>();
        List<Future<Boolean>> results = new ArrayList<>();
        long[] busy = new long[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            BufferedSink buffer = new BufferedSink();
            buffers.add(buffer);
            Operation target = targets.get(i);
            int index = i;
            results.add(pool().submit(() -> {
                long opStart = System.nanoTime();
                try {
                    return runPipeline(nested, target, buffer, pipelineTimer);
                } finally {
                    busy[index] = System.nanoTime() - opStart;
                }
            }));
        }
        boolean ok = true;
        for (int i = 0; i < results.size(); i++) {
            try {
                ok &= results.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running passes", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
        long user = 0;
        for (long b : busy) {
            user += b;
            pipelineTimer.addPerOp(b);
        }
        pipelineTimer.add(System.nanoTime() - start, user);
        for (BufferedSink buffer : buffers) buffer.replay(sink);
        return ok;
    }

    private ExecutorService pool() {
        if (pool == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            pool = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(null, () -> {
                    onWorker.set(true);
                    task.run();
                }, "jmlir-pass-worker", WORKER_STACK_SIZE);
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    void close() {
        if (pool != null) pool.shutdownNow();
    }

    /** The {@link PassContext} of one pass run on one op. */
    private final class RunContext implements PassContext {
        private final Sink sink;
        private boolean failed;
        private final Timing.Timer timer;
        private boolean preserved;

        RunContext(Sink sink, Timing.Timer timer) {
            this.sink = sink;
            this.timer = timer;
        }

        @Override
        public Timing.Measure timeAnalysis(String name) {
            return timer.child("(A) " + name).start();
        }

        @Override
        public Context context() {
            return context;
        }

        @Override
        public void signalFailure() {
            failed = true;
        }

        @Override
        public void markAllAnalysesPreserved() {
            preserved = true;
        }

        @Override
        public void report(Diagnostic diagnostic) {
            decorator.accept(diagnostic);
            sink.report(diagnostic);
        }

        @Override
        public void print(String text) {
            sink.print(text);
        }
    }

    /** An Appendable over a sink, for instrumentation output. */
    private record SinkAppendable(Sink sink) implements Appendable {
        @Override
        public Appendable append(CharSequence csq) {
            sink.print(csq);
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            sink.print(csq.subSequence(start, end));
            return this;
        }

        @Override
        public Appendable append(char c) {
            sink.print(String.valueOf(c));
            return this;
        }
    }
}
