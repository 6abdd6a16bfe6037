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
        byte[] b = p.lex.buffer();
        int limit = p.lex.limit();
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
                    if (depth == 0 || stack[depth - 1] != expected) {
                        throw p.error(i, "unbalanced '" + (char) c + "' character in pretty dialect name");
                    }
                    depth--;
                    if (depth == 0) {
                        String text = new String(b, open, i + 1 - open, StandardCharsets.ISO_8859_1);
                        p.lex.resetTo(i + 1);
                        p.advance();
                        return text;
                    }
                }
                case '"' -> {
                    i++;
                    while (i < limit && b[i] != '"') {
                        if (b[i] == '\\') i++;
                        if (b[i] == '\n') throw p.error(i, "expected '\"' in string literal");
                        i++;
                    }
                    if (i >= limit) throw p.error(open, "unterminated string in dialect body");
                }
                default -> { }
            }
            i++;
        }
        throw p.error(open, "unbalanced '<' character in pretty dialect name");
    }
}
