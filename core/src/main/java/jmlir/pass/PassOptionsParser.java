package jmlir.pass;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pass's options from their text ({@code max-iterations=3 top-down=false}), as MLIR's
 * pass options parser does: space-separated {@code name=value} entries, a bare name for a true
 * flag, values that may be {@code {...}} groups or quoted strings.
 */
public final class PassOptionsParser {
    private PassOptionsParser() {
    }

    /**
     * Sets {@code pass}'s options from {@code text}. On a bad entry throws, saying what
     * mlir-opt says: an unknown name as a diagnostic, a bad value as a command-line error.
     */
    public static void apply(Pass pass, String text) throws PassOptionsException {
        for (String entry : splitOutsideNesting(text, ' ')) {
            if (entry.isEmpty()) continue;
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? null : unquote(entry.substring(eq + 1));
            PassOption<?> option = pass.option(key);
            if (option == null) {
                throw new PassOptionsException(null, "<Pass-Options-Parser>: no such option " + key + "\n");
            }
            if (value == null && !option.isFlag()) {
                throw new PassOptionsException("for the --" + key + " option: requires a value!", "");
            }
            try {
                option.parse(value == null ? "" : value);
            } catch (IllegalArgumentException e) {
                throw new PassOptionsException("for the --" + key + " option: " + e.getMessage(), "");
            }
        }
    }

    /**
     * Splits {@code text} at {@code separator}, except inside {@code {...}}, {@code (...)},
     * {@code [...]} and quotes.
     */
    static List<String> splitOutsideNesting(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        if (separator == ' ') parts.removeIf(String::isEmpty);
        return parts;
    }

    /** A value without its surrounding quotes, if it has them. */
    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    /**
     * Options that could not be set. {@code commandLineError} is the line mlir-opt writes as a
     * command-line error (after the tool's name), or null; {@code diagnostic} the text of the
     * error diagnostic that follows.
     */
    public static final class PassOptionsException extends Exception {
        private final String commandLineError;
        private final String diagnostic;

        PassOptionsException(String commandLineError, String diagnostic) {
            super(commandLineError != null ? commandLineError : diagnostic);
            this.commandLineError = commandLineError;
            this.diagnostic = diagnostic;
        }

        public String commandLineError() {
            return commandLineError;
        }

        public String diagnostic() {
            return diagnostic;
        }
    }
}
