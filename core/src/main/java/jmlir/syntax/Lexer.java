package jmlir.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Splits a UTF-8 buffer into tokens. Works on byte offsets: the current token is described by
 * its kind and [start, end) range, and no object is made per token.
 */
public final class Lexer {
    private final byte[] buf;
    private int limit;
    private int pos;

    private TokenKind kind;
    private int start;
    private int end;
    private String errorMessage;

    public Lexer(byte[] buf, int begin, int limit) {
        this.buf = buf;
        this.pos = begin;
        this.limit = limit;
    }

    public byte[] buffer() {
        return buf;
    }

    public TokenKind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** For an ERROR token: what is wrong. */
    public String errorMessage() {
        return errorMessage;
    }

    public int limit() {
        return limit;
    }

    /**
     * Makes the input end at {@code newLimit} (to read a nested body as a whole input of its
     * own) and returns the previous end, to be restored afterwards.
     */
    int setLimit(int newLimit) {
        int old = limit;
        limit = newLimit;
        return old;
    }

    /** Restarts lexing at {@code offset} (used after raw scans such as dialect bodies). */
    public void resetTo(int offset) {
        pos = offset;
    }

    /** The current token's text. */
    public String text() {
        return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Whether the current token's bytes equal the ASCII string {@code s}. */
    public boolean is(String s) {
        int n = end - start;
        if (n != s.length()) return false;
        for (int i = 0; i < n; i++) if (buf[start + i] != s.charAt(i)) return false;
        return true;
    }

    private TokenKind token(TokenKind k, int s) {
        kind = k;
        start = s;
        end = pos;
        return k;
    }

    private TokenKind error(int s, String message) {
        errorMessage = message;
        return token(TokenKind.ERROR, s);
    }

    /** Advances to the next token and returns its kind. */
    public TokenKind next() {
        while (true) {
            if (pos >= limit) {
                pos = limit;
                return token(TokenKind.EOF, limit);
            }
            int s = pos;
            int c = buf[pos++] & 0xff;
            switch (c) {
                case ' ', '\t', '\n', '\r' -> { continue; }
                case ':' -> { return token(TokenKind.COLON, s); }
                case ',' -> { return token(TokenKind.COMMA, s); }
                case '(' -> { return token(TokenKind.LPAREN, s); }
                case ')' -> { return token(TokenKind.RPAREN, s); }
                case '}' -> { return token(TokenKind.RBRACE, s); }
                case '[' -> { return token(TokenKind.LSQUARE, s); }
                case ']' -> { return token(TokenKind.RSQUARE, s); }
                case '<' -> { return token(TokenKind.LESS, s); }
                case '>' -> { return token(TokenKind.GREATER, s); }
                case '=' -> { return token(TokenKind.EQUAL, s); }
                case '+' -> { return token(TokenKind.PLUS, s); }
                case '*' -> { return token(TokenKind.STAR, s); }
                case '?' -> { return token(TokenKind.QUESTION, s); }
                case '|' -> { return token(TokenKind.VERTICAL_BAR, s); }
                case '{' -> {
                    if (peek(0) == '-' && peek(1) == '#') {
                        pos += 2;
                        return token(TokenKind.FILE_METADATA_BEGIN, s);
                    }
                    return token(TokenKind.LBRACE, s);
                }
                case '-' -> {
                    if (peek(0) == '>') {
                        pos++;
                        return token(TokenKind.ARROW, s);
                    }
                    return token(TokenKind.MINUS, s);
                }
                case '.' -> {
                    if (peek(0) == '.' && peek(1) == '.') {
                        pos += 2;
                        return token(TokenKind.ELLIPSIS, s);
                    }
                    return error(s + 1, "expected three consecutive dots for an ellipsis");
                }
                case '/' -> {
                    if (peek(0) == '/') {
                        skipLine();
                        continue;
                    }
                    return error(s, "unexpected character");
                }
                case '"' -> { return lexString(s); }
                case '@' -> { return lexAtIdentifier(s); }
                case '#' -> {
                    if (peek(0) == '-' && peek(1) == '}') {
                        pos += 2;
                        return token(TokenKind.FILE_METADATA_END, s);
                    }
                    return lexPrefixed(s, TokenKind.HASH_IDENTIFIER, "invalid attribute name");
                }
                case '%' -> { return lexPrefixed(s, TokenKind.PERCENT_IDENTIFIER, "invalid SSA name"); }
                case '^' -> { return lexPrefixed(s, TokenKind.CARET_IDENTIFIER, "invalid block name"); }
                case '!' -> { return lexPrefixed(s, TokenKind.EXCLAMATION_IDENTIFIER, "invalid type identifier"); }
                default -> {
                    if (isLetter(c) || c == '_') return lexBareIdentifier(s);
                    if (isDigit(c)) return lexNumber(s);
                    if (c == 0 && pos - 1 == limit) return token(TokenKind.EOF, s);
                    return error(s, "unexpected character");
                }
            }
        }
    }

    private int peek(int ahead) {
        int p = pos + ahead;
        return p < limit ? buf[p] & 0xff : -1;
    }

    private void skipLine() {
        while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') pos++;
    }

    static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentifierChar(int c) {
        return isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.';
    }

    private TokenKind lexBareIdentifier(int s) {
        while (pos < limit && isIdentifierChar(buf[pos] & 0xff)) pos++;
        return token(TokenKind.BARE_IDENTIFIER, s);
    }

    private TokenKind lexAtIdentifier(int s) {
        int c = peek(0);
        if (c == '"') {
            pos++;
            TokenKind k = lexString(s + 1);
            if (k == TokenKind.ERROR) return k;
            return token(TokenKind.AT_IDENTIFIER, s);
        }
        if (!(isLetter(c) || c == '_')) return error(s + 1, "@ identifier expected to start with letter or '_'");
        while (pos < limit) {
            int d = buf[pos] & 0xff;
            if (isIdentifierChar(d) || d == '-') pos++;
            else break;
        }
        return token(TokenKind.AT_IDENTIFIER, s);
    }

    /** {@code %}, {@code ^}, {@code #}, {@code !} followed by digits or an identifier. */
    private TokenKind lexPrefixed(int s, TokenKind k, String invalid) {
        int c = peek(0);
        if (isDigit(c)) {
            while (pos < limit && isDigit(buf[pos] & 0xff)) pos++;
        } else if (isLetter(c) || c == '$' || c == '.' || c == '_' || c == '-') {
            pos++;
            while (pos < limit) {
                int d = buf[pos] & 0xff;
                if (isIdentifierChar(d) || d == '-') pos++;
                else break;
            }
        } else {
            return error(s, invalid);
        }
        return token(k, s);
    }

    private TokenKind lexNumber(int s) {
        int first = buf[s];
        if (first == '0' && peek(0) == 'x' && isHexDigit(peek(1))) {
            pos++;
            while (pos < limit && isHexDigit(buf[pos] & 0xff)) pos++;
            return token(TokenKind.INTEGER, s);
        }
        while (pos < limit && isDigit(buf[pos] & 0xff)) pos++;
        if (peek(0) != '.') return token(TokenKind.INTEGER, s);
        pos++;
        while (pos < limit && isDigit(buf[pos] & 0xff)) pos++;
        int c = peek(0);
        if (c == 'e' || c == 'E') {
            int d = peek(1);
            if (isDigit(d) || ((d == '-' || d == '+') && isDigit(peek(2)))) {
                pos += 2;
                while (pos < limit && isDigit(buf[pos] & 0xff)) pos++;
            }
        }
        return token(TokenKind.FLOAT, s);
    }

    private TokenKind lexString(int s) {
        while (true) {
            if (pos >= limit) return error(pos, "expected '\"' in string literal");
            int c = buf[pos++] & 0xff;
            switch (c) {
                case '"' -> { return token(TokenKind.STRING, s); }
                case '\n', '\r' -> {
                    pos--;
                    return error(pos, "expected '\"' in string literal");
                }
                case '\\' -> {
                    int d = peek(0);
                    if (d == '"' || d == '\\' || d == 'n' || d == 't') {
                        pos++;
                    } else if (isHexDigit(d) && isHexDigit(peek(1))) {
                        pos += 2;
                    } else {
                        return error(pos - 1, "unknown escape in string literal");
                    }
                }
                default -> { }
            }
        }
    }

    /** Decodes the current STRING token (quotes included) into a byte string (one char per byte). */
    public String stringValue() {
        return decodeString(buf, start, end);
    }

    /** Decodes a quoted string literal in [s, e) into a byte string (one char per byte). */
    public static String decodeString(byte[] buf, int s, int e) {
        int escape = s + 1;
        while (escape < e - 1 && buf[escape] != '\\') escape++;
        if (escape == e - 1) return new String(buf, s + 1, e - s - 2, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s + 1; i < e - 1; i++) {
            int c = buf[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                continue;
            }
            int d = buf[++i] & 0xff;
            switch (d) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '"', '\\' -> sb.append((char) d);
                default -> {
                    int hi = Character.digit(d, 16);
                    int lo = Character.digit(buf[++i] & 0xff, 16);
                    sb.append((char) (hi * 16 + lo));
                }
            }
        }
        return sb.toString();
    }
}
