package jmlir.syntax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jmlir.ir.Diagnostic;
import jmlir.ir.Diagnostic.Severity;
import jmlir.ir.DiagnosticHandler;
import jmlir.ir.Location;

/**
 * mlir-opt's {@code --verify-diagnostics}: checks the diagnostics emitted while processing a
 * buffer against its {@code expected-*} comments (see {@link ExpectationScanner}) instead of
 * printing them.
 *
 * <ul>
 *   <li>Construction scans the buffer and prints errors for malformed {@code -re} expressions
 *       at once; those expectations are dropped and the verification fails.
 *   <li>{@link #handle} takes a diagnostic and each of its notes. One is expected when an
 *       expectation of the same severity, on the line of its first file position (columns do not
 *       count), has a text it contains; a diagnostic with no file position is checked against
 *       the {@code @unknown} expectations. An expectation may absorb any number of diagnostics.
 *       Otherwise an error is printed at once: {@code '<got>' diagnostic emitted when expecting
 *       a '<wanted>'} at the expectation if only the severity differs, else {@code unexpected
 *       <severity>: <message>} at the diagnostic. {@link Level#ONLY_EXPECTED} skips both.
 *   <li>A position in a file the {@link SourceManager} can find (mlir-opt reads it from disk)
 *       is checked against that file's own comments, scanned when first needed.
 *   <li>{@link #verify()} prints {@code expected <severity> "<text>" was not produced} for the
 *       expectations nothing matched, file by file, then the {@code @unknown} ones.
 * </ul>
 *
 * <p>For {@code --split-input-file}, mlir-opt 22 makes one verifier for the whole file, before
 * splitting: expectations and their line numbers come from the whole file (markers included),
 * every chunk's diagnostics go to the same verifier, and {@link #verify()} runs once at the end.
 * Constructing a verifier on a chunk restricts the comments to that chunk instead.
 *
 * <p>{@link #close()} repeats what mlir-opt does when its handler is destroyed: a second check,
 * which reports the unmatched {@code @unknown} expectations again (after {@link #verify()}) or
 * all unmatched expectations (when {@link #verify()} never ran, as in a run without
 * {@code --verify-diagnostics}).
 */
public final class DiagnosticVerifier implements DiagnosticHandler, AutoCloseable {
    /** The values of {@code --verify-diagnostics}. */
    public enum Level {
        /** {@code --verify-diagnostics} or {@code =all}: unexpected diagnostics fail too. */
        ALL,
        /** {@code =only-expected}: only expectations that nothing matched fail. */
        ONLY_EXPECTED
    }

    private final SourceManager sources;
    private final Level level;
    private final OutputStream out;
    private final DiagnosticPrinter printer;
    private final Map<String, List<Expectation>> byFile = new LinkedHashMap<>();
    private final List<Expectation> unknownLocation = new ArrayList<>();
    private boolean failed;

    /**
     * Scans {@code file} (a whole buffer or a chunk; it need not be in {@code sources}) and
     * prints errors for malformed expectations to {@code out}, where later errors go too.
     */
    public DiagnosticVerifier(SourceManager sources, SourceFile file, Level level, OutputStream out) {
        this.sources = sources;
        this.level = level;
        this.out = out;
        this.printer = new DiagnosticPrinter(sources, out);
        byFile.put(file.name(), scan(file));
    }

    public Level level() {
        return level;
    }

    @Override
    public void handle(Diagnostic diagnostic) {
        check(diagnostic.location(), diagnostic.message(), diagnostic.severity());
        for (Diagnostic note : diagnostic.notes()) handle(note);
    }

    /**
     * Prints an error for each expectation nothing matched and forgets the per-file ones; true
     * if everything matched and no error was printed before.
     */
    public boolean verify() {
        for (List<Expectation> expectations : byFile.values()) {
            for (Expectation e : expectations) reportIfUnmatched(e);
        }
        for (Expectation e : unknownLocation) reportIfUnmatched(e);
        byFile.clear();
        return !failed;
    }

    /** The final check mlir-opt runs on teardown; its result is ignored there too. */
    @Override
    public void close() {
        verify();
    }

    private void check(Location location, String message, Severity severity) {
        Location.FileLineCol position = (location == null ? null : location.findFileLineCol());
        List<Expectation> candidates = position == null ? unknownLocation : expectationsFor(position.file());
        Expectation nearMiss = null;
        for (Expectation e : candidates) {
            if (position != null && position.line() != e.line) continue;
            if (!e.matches(message)) continue;
            if (e.severity == severity) {
                e.matched = true;
                return;
            }
            nearMiss = e;
        }
        if (level == Level.ONLY_EXPECTED) return;
        if (nearMiss != null) {
            write(nearMiss.renderErrorWithoutRange("'" + severity.label()
                    + "' diagnostic emitted when expecting a '" + nearMiss.severity.label() + "'"));
        } else {
            write(printer.render(location, "unexpected " + severity.label() + ": " + message, Severity.ERROR, true));
        }
        failed = true;
    }

    private List<Expectation> expectationsFor(String fileName) {
        List<Expectation> known = byFile.get(fileName);
        if (known != null) return known;
        Optional<SourceFile> file = sources.find(fileName);
        if (file.isEmpty()) return List.of();
        List<Expectation> scanned = scan(file.get());
        byFile.put(fileName, scanned);
        return scanned;
    }

    private List<Expectation> scan(SourceFile file) {
        ExpectationScanner.Result result = ExpectationScanner.scan(file);
        if (result.failed()) {
            write(result.errors());
            failed = true;
        }
        unknownLocation.addAll(result.unknownLocation());
        return new ArrayList<>(result.located());
    }

    private void reportIfUnmatched(Expectation e) {
        if (e.matched) return;
        write(e.renderError("expected " + e.severity.label() + " \"" + e.text + "\" was not produced"));
        failed = true;
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
