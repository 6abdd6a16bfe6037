package jmlir.syntax.format;

/**
 * One element of a compiled assembly format: it reads its part of an op while parsing and
 * writes it while printing. Whether a space goes before it is settled when the format is
 * compiled, following the rules of MLIR's generated printers.
 */
abstract class Element {
    /** Whether the printer writes a space before the element (not used by literals, which hold their own). */
    boolean space;

    /** Reads the element; it must be there. */
    void parse(ParseRun run) {
    }

    /**
     * Reads the element if it is there and tells whether it was: the first element of an
     * optional group decides this way whether the group is present.
     */
    boolean parseOptional(ParseRun run) {
        throw new IllegalStateException(getClass().getSimpleName() + " cannot start an optional group");
    }

    void print(PrintRun run) {
    }

    /** As the anchor of an optional group: whether the op has what the element stands for. */
    boolean isPresent(PrintRun run) {
        return false;
    }
}
