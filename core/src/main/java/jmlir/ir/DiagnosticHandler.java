package jmlir.ir;

/** Receives diagnostics as they are emitted. */
@FunctionalInterface
public interface DiagnosticHandler {
    void handle(Diagnostic diagnostic);
}
