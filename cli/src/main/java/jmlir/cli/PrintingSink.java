package jmlir.cli;

import jmlir.ir.Diagnostic;
import jmlir.ir.Location;
import jmlir.syntax.SourceBuffer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints diagnostics as mlir-opt does: location, severity, message, source line and caret. */
final class PrintingSink implements DiagnosticSink {
    private final SourceBuffer source;
    private boolean hadError;

    PrintingSink(SourceBuffer source, PrintStream unused) {
        this.source = source;
    }

    private final StringBuilder pending = new StringBuilder();

    @Override
    public void report(Diagnostic d) {
        if (d.severity() == Diagnostic.Severity.ERROR) hadError = true;
        render(d);
        for (Diagnostic n : d.notes()) render(n);
    }

    private void render(Diagnostic d) {
        Location.FileLineCol at = d.location().findFileLineCol();
        if (at == null) {
            pending.append("loc(unknown): ").append(d.severity().label()).append(": ").append(d.message()).append('\n');
            return;
        }
        pending.append(at.file()).append(':').append(at.line()).append(':').append(at.column()).append(": ")
                .append(d.severity().label()).append(": ").append(d.message()).append('\n');
        if (at.file().equals(source.name()) && at.line() >= 1 && at.line() <= source.lineCount()) {
            int s = source.lineStart(at.line());
            int e = s;
            byte[] b = source.bytes();
            while (e < b.length && b[e] != '\n') e++;
            pending.append(new String(b, s, e - s, StandardCharsets.ISO_8859_1)).append('\n');
            for (int i = 1; i < at.column(); i++) pending.append(' ');
            pending.append("^\n");
        }
    }

    @Override
    public boolean finish(PrintStream err) {
        err.write(pending.toString().getBytes(StandardCharsets.ISO_8859_1), 0, pending.length());
        err.flush();
        return !hadError;
    }
}
