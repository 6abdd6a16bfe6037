package jmlir.syntax;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jmlir.ir.Diagnostic;
import jmlir.ir.Diagnostic.Severity;
import jmlir.ir.DiagnosticHandler;
import jmlir.ir.Location;

/**
 * Prints diagnostics as mlir-opt's default handler does on stderr.
 *
 * <ul>
 *   <li>The first file position found in the location (see {@link DiagnosticLocations}) is
 *       printed as {@code name:line:col: severity: message}, followed by the source line and a
 *       caret when the position lies in a buffer of the {@link SourceManager}. A range location
 *       shows only its start. Otherwise (line or column 0, column past the line, unknown file)
 *       the header alone is printed.
 *   <li>A location with no file position prints {@code <unknown>:0: severity: loc(...): message};
 *       {@code loc(unknown)} drops the {@code loc(...): } part.
 *   <li>For a call site, each caller up to {@value #CALL_STACK_LIMIT} deep follows as a
 *       {@code called from} note.
 *   <li>Notes follow; a note shows its source line only if its location differs from the one
 *       before it.
 * </ul>
 */
public final class DiagnosticPrinter implements DiagnosticHandler {
    /** How many callers of a call-site location are printed. */
    public static final int CALL_STACK_LIMIT = 10;

    private final SourceManager sources;
    private final OutputStream out;

    public DiagnosticPrinter(SourceManager sources, OutputStream out) {
        this.sources = sources;
        this.out = out;
    }

    @Override
    public void handle(Diagnostic diagnostic) {
        print(diagnostic);
    }

    /** Writes a diagnostic with its call stack and notes, and flushes. */
    public void print(Diagnostic diagnostic) {
        write(render(diagnostic));
    }

    /** The bytes {@link #print} writes. */
    public byte[] render(Diagnostic diagnostic) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Location location = diagnostic.location();
        buffer.writeBytes(render(location, diagnostic.message(), diagnostic.severity(), true));

        List<Location> callers = new ArrayList<>();
        Location.CallSite call = DiagnosticLocations.callSite(location);
        if (call != null) {
            location = call.caller();
            for (int depth = 0; depth < CALL_STACK_LIMIT; depth++) {
                callers.add(location);
                call = DiagnosticLocations.callSite(location);
                if (call == null) break;
                location = call.caller();
            }
        }
        for (Location caller : callers) {
            buffer.writeBytes(render(caller, "called from", Severity.NOTE, true));
        }

        // "location" is now the last caller looked at, which may not have been printed.
        for (Diagnostic note : diagnostic.notes()) {
            buffer.writeBytes(render(note.location(), note.message(), note.severity(),
                    !note.location().equals(location)));
            location = note.location();
        }
        return buffer.toByteArray();
    }

    /** One message at a location, without call stack or notes. */
    public byte[] render(Location location, String message, Severity severity, boolean showSourceLine) {
        Location.FileLineCol position = (location == null ? null : location.findFileLineCol());
        if (position == null) {
            String text = location instanceof Location.Unknown
                    ? message
                    : AttributePrinting.toString(location) + ": " + message;
            return MessageRenderer.withoutSource(MessageRenderer.UNKNOWN_LOCATION, severity, text);
        }
        if (showSourceLine) {
            Optional<SourceFile> file = position.line() == 0 || position.column() == 0
                    ? Optional.empty()
                    : sources.find(position.file());
            if (file.isPresent()) {
                int offset = file.get().offsetOf(position.line(), position.column());
                if (offset >= 0) return MessageRenderer.atOffset(file.get(), offset, severity, message);
            }
        }
        String where = position.file() + ":" + position.line() + ":" + position.column();
        return MessageRenderer.withoutSource(where, severity, message);
    }

    /** Writes one message at a location, as {@link #render(Location, String, Severity, boolean)}. */
    public void print(Location location, String message, Severity severity) {
        write(render(location, message, severity, true));
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
