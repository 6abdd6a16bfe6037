package jmlir.syntax.format;

/**
 * A declarative assembly format that is not valid for its op, reported when the op is defined.
 * The message reads like mlir-tblgen's: the op, the column in the format, the problem (and
 * MLIR's suggestion, when it has one).
 */
public final class FormatException extends IllegalArgumentException {
    private final String opName;
    private final int column;
    private final String reason;

    FormatException(String opName, String format, int offset, String reason, String note) {
        super("invalid assembly format of '" + opName + "' at column " + (offset + 1) + ": " + reason
                + (note == null ? "" : " (" + note + ")") + "\n  " + format + "\n  " + " ".repeat(Math.max(0, offset))
                + "^");
        this.opName = opName;
        this.column = offset + 1;
        this.reason = reason;
    }

    public String opName() {
        return opName;
    }

    /** The 1-based column in the format string where the problem was found. */
    public int column() {
        return column;
    }

    /** The problem, as mlir-tblgen words it. */
    public String reason() {
        return reason;
    }
}
