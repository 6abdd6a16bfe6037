package jmlir.syntax;

import jmlir.ir.Diagnostic;

/** Thrown to abandon parsing at the first error; carries the diagnostic to report. */
public final class ParseException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public ParseException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
