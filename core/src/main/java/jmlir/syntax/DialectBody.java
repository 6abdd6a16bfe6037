package jmlir.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Scans the body of a dialect type or attribute ({@code <...>} after {@code !dialect.name})
 * verbatim, balancing brackets and skipping string literals, so that types and attributes of
 * unknown dialects round-trip exactly as written.
 */
final class DialectBody {
    private DialectBody() {
    }

    /**
     * Scans from the {@code <} at {@code open}; returns the text including both angle brackets
     * and leaves the parser at the token after the closing {@code >}.
     */
    static String scan(Parser p, int open) {
        int end = matchingEnd(p.lex.buffer(), open, p.lex.limit());
        if (end < 0) throw unbalanced(p, open, -end - 1);
        String text = new String(p.lex.buffer(), open, end - open, StandardCharsets.ISO_8859_1);
        p.lex.resetTo(end);
        p.advance();
        return text;
    }

    /**
     * The error for a body from {@code open} whose brackets do not balance at {@code at}. As in
     * MLIR, a closing bracket that does not match names the innermost open one and is reported
     * at the last string literal of the body, or else at the body's start.
     */
    static ParseException unbalanced(Parser p, int open, int at) {
        byte[] b = p.lex.buffer();
        int limit = p.lex.limit();
        if (at >= limit || b[at] == '\n' || b[at] == '<' && at == open) {
            return p.error(at, unbalancedMessage(b, at, limit));
        }
        int[] stack = new int[16];
        int depth = 0;
        int lastString = -1;
        for (int i = open; i < at; i++) {
            int c = b[i] & 0xff;
            if (c == '"') {
                lastString = i;
                for (i++; i < at && b[i] != '"'; i++) if (b[i] == '\\') i++;
            } else if (c == '<' || c == '(' || c == '[' || c == '{') {
                if (depth == stack.length) stack = java.util.Arrays.copyOf(stack, depth * 2);
                stack[depth++] = c;
            } else if ((c == '>' && !(i > open && b[i - 1] == '-')) || c == ')' || c == ']' || c == '}') {
                if (depth > 0) depth--;
            }
        }
        if (depth == 0) return p.error(at, unbalancedMessage(b, at, limit));
        return p.error(lastString >= 0 ? lastString : open,
                "unbalanced '" + (char) stack[depth - 1] + "' character in pretty dialect name");
    }

    static String unbalancedMessage(byte[] b, int at, int limit) {
        if (at < limit && b[at] == '\n') return "expected '\"' in string literal";
        if (at < limit && b[at] != '<') return "unbalanced '" + (char) b[at] + "' character in pretty dialect name";
        return "unbalanced '<' character in pretty dialect name";
    }

    /**
     * The offset just after the bracket matching the one at {@code open} ({@code < ( [ {}),
     * skipping string literals and the arrow of function types; or {@code -1 - offset} of the
     * problem when the brackets do not balance.
     */
    static int matchingEnd(byte[] b, int open, int limit) {
        return matchingEnd(b, open, limit, Integer.MAX_VALUE);
    }

    /** Like {@link #matchingEnd(byte[], int, int)}, giving up (-1 - open) past {@code maxLength} bytes. */
    static int matchingEnd(byte[] b, int open, int limit, int maxLength) {
        if (limit - open > maxLength) limit = open + maxLength;
        int[] stack = new int[16];
        int depth = 0;
        int i = open;
        while (i < limit) {
            int c = b[i] & 0xff;
            switch (c) {
                case '<', '(', '[', '{' -> {
                    if (depth == stack.length) stack = java.util.Arrays.copyOf(stack, depth * 2);
                    stack[depth++] = c;
                }
                case '>', ')', ']', '}' -> {
                    if (c == '>' && i > open && b[i - 1] == '-') break; // the arrow of a function type
                    int expected = c == '>' ? '<' : c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (depth == 0 || stack[depth - 1] != expected) return -1 - i;
                    depth--;
                    if (depth == 0) return i + 1;
                }
                case '"' -> {
                    i++;
                    while (i < limit && b[i] != '"') {
                        if (b[i] == '\\') i++;
                        if (i < limit && b[i] == '\n') return -1 - i;
                        i++;
                    }
                    if (i >= limit) return -1 - open;
                }
                default -> { }
            }
            i++;
        }
        return -1 - open;
    }
}
