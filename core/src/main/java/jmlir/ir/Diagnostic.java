package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/** A diagnostic: a severity, where it applies, a message, and attached notes. */
public final class Diagnostic {
    public enum Severity {
        ERROR("error"), WARNING("warning"), NOTE("note"), REMARK("remark");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        /** The word MLIR prints after the location: "error", "warning", "note", "remark". */
        public String label() {
            return label;
        }
    }

    private final Severity severity;
    private final Location location;
    private final StringBuilder message;
    private final List<Diagnostic> notes = new ArrayList<>();
    private Operation operation;

    public Diagnostic(Severity severity, Location location, String message) {
        this.severity = severity;
        this.location = location;
        this.message = new StringBuilder(message);
    }

    /** An error about an operation, at its location: MLIR's {@code op->emitError()}. */
    public static Diagnostic error(Operation op, String message) {
        return new Diagnostic(Severity.ERROR, op.location(), message).setOperation(op);
    }

    /** An error about an operation, prefixed with {@code 'name' op}: MLIR's {@code op->emitOpError()}. */
    public static Diagnostic opError(Operation op, String message) {
        return error(op, "'" + op.name().name() + "' op " + message);
    }

    public Severity severity() {
        return severity;
    }

    public Location location() {
        return location;
    }

    public String message() {
        return message.toString();
    }

    /** Appends to the message, as MLIR's {@code diag << ...}. */
    public Diagnostic append(Object text) {
        message.append(text);
        return this;
    }

    /** The operation this diagnostic was reported on, if any (mlir-opt prints it in a note). */
    public Operation operation() {
        return operation;
    }

    public Diagnostic setOperation(Operation op) {
        this.operation = op;
        return this;
    }

    public List<Diagnostic> notes() {
        return notes;
    }

    /** Attaches a note at the given location (null means the diagnostic's own location). */
    public Diagnostic attachNote(Location at, String text) {
        Diagnostic note = new Diagnostic(Severity.NOTE, at == null ? location : at, text);
        notes.add(note);
        return note;
    }

    @Override
    public String toString() {
        return severity.label() + ": " + message;
    }
}
