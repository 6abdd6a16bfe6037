package jmlir.cli;

import jmlir.dialect.Dialects;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.DiagnosticHandler;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import jmlir.pass.IrPrinting;
import jmlir.pass.PassManager;
import jmlir.pass.PassPipelineException;
import jmlir.pass.PassStatisticsReport;
import jmlir.pass.Timing;
import jmlir.syntax.DiagnosticPrinter;
import jmlir.syntax.DiagnosticVerifier;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.SourceManager;
import jmlir.trace.Tracer;

import java.io.PrintStream;
import java.util.List;

/** What jmlir-opt does with its input: per chunk, parse, verify and print, reporting diagnostics. */
final class OptDriver {
    /**
     * The text to write (possibly partial, for split inputs; one byte a char) and whether every
     * step succeeded.
     */
    record Result(boolean success, StringBuilder output) {
    }

    private final OptOptions options;
    private final PrintStream err;
    private final Tracer tracer;

    OptDriver(OptOptions options, PrintStream err, Tracer tracer) {
        this.options = options;
        this.err = err;
        this.tracer = tracer;
    }

    Result run(SourceFile whole) {
        SourceManager sources = SourceManager.withFileLoading().add(whole);
        DiagnosticVerifier verifier = options.verifyLevel == null ? null
                : new DiagnosticVerifier(sources, whole, options.verifyLevel, err);
        DiagnosticHandler handler = verifier != null ? verifier : new DiagnosticPrinter(sources, err);
        List<SourceFile> chunks = options.splitInputFile
                ? InputSplitter.split(whole, options.splitMarker, err) : List.of(whole);
        // Printed IR is about as long as its input, up to a quarter longer in custom form (value
        // names such as %c42_i32): sized so, the output is rarely copied to grow.
        StringBuilder output = new StringBuilder(whole.length() + (whole.length() >> 2) + 64);
        boolean success = true;
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) output.append(options.outputSplitMarker).append('\n');
            if (!processChunk(chunks.get(i), handler, output)) success = false;
        }
        if (verifier != null) {
            // With --verify-diagnostics, success means exactly the expected diagnostics appeared.
            success = verifier.verify();
            verifier.close();
        }
        return new Result(success, output);
    }

    /**
     * Parses, verifies, runs the passes on and prints one chunk to {@code output}; false after an
     * error, with nothing of the chunk left in {@code output} (a print may fail half-way).
     */
    private boolean processChunk(SourceFile chunk, DiagnosticHandler diagnostics, StringBuilder output) {
        Timing timing = options.passes.timing ? new Timing() : null;
        int start = output.length();
        try {
            boolean ok = processChunk(chunk, diagnostics, timing == null ? Timing.OFF : timing.root(), output);
            if (!ok) output.setLength(start);
            return ok;
        } finally {
            if (timing != null) err.print(timing.report(options.passes.timingDisplay));
        }
    }

    private boolean processChunk(SourceFile chunk, DiagnosticHandler diagnostics, Timing.Timer timer,
                                 StringBuilder output) {
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(options.allowUnregisteredDialect);
        if (options.irdlFile != null && !loadIrdl(context, diagnostics)) return false;
        try {
            Operation module;
            ResourceTable resources = new ResourceTable();
            boolean madeModule;
            try (Tracer.Span s = tracer.span("parse"); Timing.Measure m = timer.child("Parser").start()) {
                Parser parser = new Parser(context, chunk, resources);
                module = parser.parseTopLevel();
                madeModule = parser.madeImplicitModule();
            }
            List<Diagnostic> invalid;
            try (Tracer.Span s = tracer.span("verify"); Timing.Measure m = timer.child("Parser").start()) {
                invalid = Verifier.verifyAll(module, options.print);
            }
            if (!invalid.isEmpty()) {
                for (Diagnostic d : invalid) {
                    if (options.verifyLevel == null) attachCurrentOperation(d, options.print);
                    diagnostics.handle(d);
                }
                return false;
            }
            Operation top = module;
            if (options.noImplicitModule && madeModule) {
                // Without an implicit module, the input must be one op, and that op is the top.
                Block body = module.region(0).entryBlock();
                if (body.size() != 1) {
                    diagnostics.handle(new Diagnostic(Diagnostic.Severity.ERROR, module.location(),
                            "source must contain a single top-level operation, found: " + body.size()));
                    return false;
                }
                top = body.first();
                top.remove();
            }
            // As in mlir-opt, there is always a pass manager, if an empty one.
            if (!runPasses(top, context, resources, diagnostics, timer)) return false;
            try (Tracer.Span s = tracer.span("print"); Timing.Measure m = timer.child("Output").start()) {
                OpPrinter.print(top, options.print, resources, output);
                output.append('\n');
                return true;
            }
        } catch (ParseException e) {
            for (Diagnostic d : e.diagnostics()) diagnostics.handle(d);
        } catch (StackOverflowError e) {
            diagnostics.handle(new Diagnostic(Diagnostic.Severity.ERROR, chunk.location(chunk.start()),
                    "input is nested too deeply to process"));
        }
        return false;
    }

    /** Runs the command line's pipeline on {@code top}; false (after reporting why) when a pass fails. */
    private boolean runPasses(Operation top, Context context, ResourceTable resources, DiagnosticHandler diagnostics,
                              Timing.Timer timer) {
        PassManager pm;
        try {
            pm = options.passes.build(top.name().name());
        } catch (PassPipelineException e) {
            // Checked before any input is read; a pipeline that fails here has failed there.
            throw new IllegalStateException(e);
        }
        if (options.passes.dumpPipeline) err.print(pm.dump());
        pm.setVerifyEach(options.verifyEach).setTimer(timer).setPrintOptions(options.print);
        if (options.verifyLevel == null) pm.setDiagnosticDecorator(d -> attachCurrentOperation(d, options.print));
        IrPrinting.Config printing = options.passes.irPrinting();
        if (printing.enabled()) {
            pm.addInstrumentation(new IrPrinting(printing, options.print,
                    op -> OpPrinter.print(op, options.print, resources)));
        }
        pm.addInstrumentation(new PassTracing(tracer));
        boolean ok;
        try (Tracer.Span s = tracer.span("passes")) {
            ok = pm.run(top, context, diagnostics, new Latin1Appendable(err));
        }
        if (options.passes.statistics) {
            err.print(PassStatisticsReport.report(pm.executedPipeline(), options.passes.statisticsDisplay));
        }
        return ok;
    }

    /** Text whose chars are bytes (as the printer makes it), written to a byte stream unchanged. */
    private record Latin1Appendable(PrintStream out) implements Appendable {
        @Override
        public Appendable append(CharSequence csq) {
            out.writeBytes(csq.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            out.write(c);
            return this;
        }
    }

    /**
     * Reads the --irdl-file module into {@code context} and registers the dialects it defines;
     * false (after reporting why) when it cannot be read or is invalid.
     */
    private boolean loadIrdl(Context context, DiagnosticHandler diagnostics) {
        SourceFile file;
        try {
            file = SourceFile.read(java.nio.file.Path.of(options.irdlFile), options.irdlFile);
        } catch (java.io.IOException e) {
            err.println("error: cannot open input file '" + options.irdlFile + "': " + JmlirOpt.whyUnreadable(e));
            return false;
        }
        try {
            Operation module = new Parser(context, file, new ResourceTable()).parseTopLevel();
            List<Diagnostic> invalid = Verifier.verifyAll(module, options.print);
            if (!invalid.isEmpty()) {
                for (Diagnostic d : invalid) diagnostics.handle(d);
                return false;
            }
            jmlir.dialect.irdl.IrdlLoader.register(module, context);
            return true;
        } catch (ParseException e) {
            for (Diagnostic d : e.diagnostics()) diagnostics.handle(d);
            return false;
        }
    }

    /**
     * mlir-opt shows the operation a diagnostic is about, in generic form, in a note that comes
     * before the notes the diagnostic was given.
     */
    private static void attachCurrentOperation(Diagnostic d, PrintOptions printing) {
        Operation op = d.operation();
        if (op == null) return;
        String printed = OpPrinter.printForDiagnostic(op, printing);
        // A multi-line op starts on a line of its own, as in mlir-opt.
        Diagnostic note = d.attachNote(op.location(),
                "see current operation: " + (printed.indexOf('\n') >= 0 ? "\n" : "") + printed);
        d.notes().remove(note);
        d.notes().addFirst(note);
    }
}
