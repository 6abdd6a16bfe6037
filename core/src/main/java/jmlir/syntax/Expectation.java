package jmlir.syntax;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jmlir.ir.Diagnostic.Severity;

/**
 * One {@code expected-<severity>} comment: the diagnostic it asks for and where it was written.
 * The text matches a message that contains it; for the {@code -re} form, each {@code {{...}}}
 * section inside it is a regular expression and the rest is literal (also a search, not anchored).
 */
final class Expectation {
    final Severity severity;
    /** Whole-file line the diagnostic must be on; unused for {@code @unknown}. */
    long line;
    /** The file holding the comment, and the offset of its "expected-"; -1 for {@code @unknown}. */
    final SourceFile file;
    final int offset;
    /** The text between the outermost braces, as written. */
    final String text;
    /** For the {@code -re} form: null if the combined pattern does not compile (never matches). */
    private final Pattern regex;
    private final boolean isRegex;
    boolean matched;

    private Expectation(Severity severity, long line, SourceFile file, int offset, String text,
                        boolean isRegex, Pattern regex) {
        this.severity = severity;
        this.line = line;
        this.file = file;
        this.offset = offset;
        this.text = text;
        this.isRegex = isRegex;
        this.regex = regex;
    }

    static Expectation plain(Severity severity, long line, SourceFile file, int offset, String text) {
        return new Expectation(severity, line, file, offset, text, false, null);
    }

    /**
     * The {@code -re} form. Each {@code {{...}}} section must be a valid expression on its own
     * (else {@link PosixRegex.SyntaxError}, or {@link MissingRegexEnd}); the sections are then
     * joined with the escaped literal text, each in its own group.
     */
    static Expectation regex(Severity severity, long line, SourceFile file, int offset, String text)
            throws PosixRegex.SyntaxError, MissingRegexEnd {
        StringBuilder combined = new StringBuilder();
        String rest = text;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("{{");
            if (open < 0) {
                combined.append(PosixRegex.escape(rest));
                break;
            }
            combined.append(PosixRegex.escape(rest.substring(0, open)));
            rest = rest.substring(open + 2);
            int close = rest.indexOf("}}");
            if (close < 0) throw new MissingRegexEnd();
            String section = rest.substring(0, close);
            PosixRegex.compile(section);
            combined.append('(').append(section).append(')');
            rest = rest.substring(close + 2);
        }
        Pattern pattern;
        try {
            pattern = PosixRegex.compile(combined.toString());
        } catch (PosixRegex.SyntaxError e) {
            // Valid sections can still combine badly, e.g. a back-reference whose group number
            // now names an enclosing group; LLVM's matcher then never matches.
            pattern = null;
        }
        return new Expectation(severity, line, file, offset, text, true, pattern);
    }

    /** A {@code {{} without its {@code }}} in the {@code -re} form. */
    static final class MissingRegexEnd extends Exception {
        MissingRegexEnd() {
            super("found start of regex with no end '}}'", null, false, false);
        }
    }

    /** The same expectation for a diagnostic without a file position ({@code @unknown}). */
    Expectation atUnknownLocation() {
        return new Expectation(severity, line, file, -1, text, isRegex, regex);
    }

    boolean isUnknownLocation() {
        return offset < 0;
    }

    boolean matches(String message) {
        if (!isRegex) return message.contains(text);
        return regex != null && regex.matcher(message).find();
    }

    /** An error at this comment, underlining as many bytes as the text has (as mlir-opt does). */
    byte[] renderError(String message) {
        if (isUnknownLocation()) {
            return MessageRenderer.withoutSource(MessageRenderer.UNKNOWN_LOCATION, Severity.ERROR, message);
        }
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        return MessageRenderer.atOffset(file, offset, Severity.ERROR, message, offset, offset + length);
    }

    /** An error at this comment with a caret only. */
    byte[] renderErrorWithoutRange(String message) {
        if (isUnknownLocation()) {
            return MessageRenderer.withoutSource(MessageRenderer.UNKNOWN_LOCATION, Severity.ERROR, message);
        }
        return MessageRenderer.atOffset(file, offset, Severity.ERROR, message);
    }
}
