package jmlir.pass;

/**
 * A pipeline that cannot be built, reported as mlir-opt reports it: an optional command-line
 * error line (written after the tool's name, {@code jmlir-opt: for the --x option: ...}), then
 * an error diagnostic without a location ({@code <unknown>:0: error: } and {@link #diagnostic()}).
 */
public final class PassPipelineException extends Exception {
    private final String commandLineError;
    private final String diagnostic;

    public PassPipelineException(String commandLineError, String diagnostic) {
        super(commandLineError != null ? commandLineError + "\n" + diagnostic : diagnostic);
        this.commandLineError = commandLineError;
        this.diagnostic = diagnostic;
    }

    public PassPipelineException(String diagnostic) {
        this(null, diagnostic);
    }

    /** The command-line error line, or null. */
    public String commandLineError() {
        return commandLineError;
    }

    /** The message of the error diagnostic (may span lines, may be empty). */
    public String diagnostic() {
        return diagnostic;
    }
}
