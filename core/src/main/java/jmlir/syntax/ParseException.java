package jmlir.syntax;

import jmlir.ir.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown to abandon parsing at the first error; carries the diagnostic to report. Where MLIR
 * reports more than one error for the same failure (each enclosing construct adding its own),
 * the earlier ones travel along and {@link #diagnostics()} lists them all in emission order.
 */
public final class ParseException extends RuntimeException {
    private final transient Diagnostic diagnostic;
    private final transient List<Diagnostic> earlier;

    public ParseException(Diagnostic diagnostic) {
        this(List.of(), diagnostic);
    }

    /** A failure reported as {@code diagnostic} after the already-reported {@code earlier} ones. */
    public ParseException(List<Diagnostic> earlier, Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
        this.earlier = List.copyOf(earlier);
    }

    /** The last diagnostic reported for this failure. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** Every diagnostic of this failure, in the order MLIR emits them (the last is {@link #diagnostic()}). */
    public List<Diagnostic> diagnostics() {
        if (earlier.isEmpty()) return List.of(diagnostic);
        List<Diagnostic> all = new ArrayList<>(earlier);
        all.add(diagnostic);
        return all;
    }

    /** This failure followed by one more error reported by an enclosing construct. */
    ParseException followedBy(ParseException outer) {
        return new ParseException(diagnostics(), outer.diagnostic);
    }
}
