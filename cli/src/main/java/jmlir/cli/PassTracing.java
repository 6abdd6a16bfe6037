package jmlir.cli;

import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassInstrumentation;
import jmlir.trace.Tracer;

/** Records a trace span, named by the pass's argument, for each run of a pass on an op. */
final class PassTracing implements PassInstrumentation {
    private final Tracer tracer;

    PassTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Object runBeforePass(Pass pass, Operation op, Appendable out) {
        return tracer.span(pass.argument());
    }

    @Override
    public void runAfterPass(Pass pass, Operation op, Appendable out, Object before, boolean failed) {
        ((Tracer.Span) before).close();
    }
}
