package jmlir.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POSIX extended regular expressions, as LLVM's {@code llvm::Regex} reads them, translated to
 * {@link java.util.regex.Pattern}. {@code expected-*-re} comments use this dialect, so the
 * validation follows LLVM's parser: the same inputs are rejected, with the same message.
 *
 * <p>Dialect notes: a backslash makes any following character literal ({@code \d} is
 * {@code d}), except {@code \1}..{@code \9}, back-references to closed groups; {@code .} also
 * matches a line feed and {@code $} only matches at the very end; {@code {} not followed by a
 * digit is a literal; bracket expressions take classes ({@code [:alpha:]}), equivalence classes
 * and collating symbols ({@code [.space.]}), and a backslash inside them is literal.
 */
final class PosixRegex {
    /** A rejected pattern; the message is the one LLVM gives. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private static final String EMPTY = "empty (sub)expression";
    private static final String BAD_REPEAT = "repetition-operator operand invalid";
    private static final String PARENS = "parentheses not balanced";
    private static final String BRACKETS = "brackets ([ ]) not balanced";
    private static final String BRACES = "braces not balanced";
    private static final String BAD_COUNT = "invalid repetition count(s)";
    private static final String BAD_RANGE = "invalid character range";
    private static final String BAD_CLASS = "invalid character class";
    private static final String BAD_COLLATE = "invalid collating element";
    private static final String BAD_ESCAPE = "trailing backslash (\\)";
    private static final String BAD_BACKREF = "invalid backreference number";

    private static final int MAX_REPEAT = 255;
    private static final String SPECIAL = "()^$|*+?.[]\\{}";

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("xdigit", "\\p{XDigit}"));

    private final String source;
    private int pos;
    private int groupsOpened;
    private final List<Boolean> groupClosed = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    private PosixRegex(String source) {
        this.source = source;
    }

    /** Compiles an extended regular expression; matching is a search, not anchored. */
    static Pattern compile(String regex) throws SyntaxError {
        PosixRegex parser = new PosixRegex(regex);
        parser.alternation(-1);
        return Pattern.compile(parser.out.toString(), Pattern.DOTALL);
    }

    /** Backslash-escapes the characters special in an extended regular expression. */
    static String escape(String literal) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) escaped.append('\\');
            escaped.append(c);
        }
        return escaped.toString();
    }

    private void alternation(int stop) throws SyntaxError {
        while (true) {
            boolean any = false;
            while (more() && peek() != '|' && peek() != stop) {
                piece();
                any = true;
            }
            if (!any) throw new SyntaxError(EMPTY);
            if (!eat('|')) return;
            out.append('|');
        }
    }

    /** An atom and at most one repetition operator. */
    private void piece() throws SyntaxError {
        char c = next();
        String atom;
        boolean caret = false;
        switch (c) {
            case '(' -> {
                if (!more()) throw new SyntaxError(PARENS);
                int group = groupsOpened++;
                groupClosed.add(false);
                StringBuilder outer = new StringBuilder(out);
                out.setLength(0);
                if (!see(')')) alternation(')');
                if (!eat(')')) throw new SyntaxError(PARENS);
                groupClosed.set(group, true);
                atom = "(" + out + ")";
                out.setLength(0);
                out.append(outer);
            }
            case ')' -> throw new SyntaxError(PARENS);
            case '^' -> {
                atom = "(?:^)";
                caret = true;
            }
            case '$' -> atom = "(?:\\z)";
            case '|' -> throw new SyntaxError(EMPTY);
            case '*', '+', '?' -> throw new SyntaxError(BAD_REPEAT);
            case '.' -> atom = ".";
            case '[' -> atom = bracket();
            case '\\' -> {
                if (!more()) throw new SyntaxError(BAD_ESCAPE);
                char escaped = next();
                if (escaped >= '1' && escaped <= '9') {
                    int group = escaped - '0';
                    if (group > groupsOpened || !groupClosed.get(group - 1)) throw new SyntaxError(BAD_BACKREF);
                    atom = "(?:\\" + group + ")";
                } else {
                    atom = literal(escaped);
                }
            }
            case '{' -> {
                if (more() && isDigit(peek())) throw new SyntaxError(BAD_REPEAT);
                atom = literal(c);
            }
            default -> atom = literal(c);
        }
        out.append(atom);
        if (!seeRepetition()) return;
        if (caret) throw new SyntaxError(BAD_REPEAT);
        char op = next();
        if (op != '{') {
            out.append(op);
        } else {
            int min = count();
            int max = min;
            if (eat(',')) {
                if (more() && isDigit(peek())) {
                    max = count();
                    if (min > max) throw new SyntaxError(BAD_COUNT);
                } else {
                    max = -1;
                }
            }
            if (!eat('}')) {
                while (more() && peek() != '}') pos++;
                throw new SyntaxError(more() ? BAD_COUNT : BRACES);
            }
            out.append('{').append(min);
            if (max != min) out.append(',').append(max < 0 ? "" : Integer.toString(max));
            out.append('}');
        }
        if (seeRepetition()) throw new SyntaxError(BAD_REPEAT);
    }

    private boolean seeRepetition() {
        if (!more()) return false;
        char c = peek();
        return c == '*' || c == '+' || c == '?'
                || (c == '{' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)));
    }

    private int count() throws SyntaxError {
        int value = 0;
        int digits = 0;
        while (more() && isDigit(peek()) && value <= MAX_REPEAT) {
            value = value * 10 + (next() - '0');
            digits++;
        }
        if (digits == 0 || value > MAX_REPEAT) throw new SyntaxError(BAD_COUNT);
        return value;
    }

    /** A bracket expression, after its '['. */
    private String bracket() throws SyntaxError {
        if (source.startsWith("[:<:]]", pos)) {
            pos += 6;
            return "(?:\\b(?=\\w))";
        }
        if (source.startsWith("[:>:]]", pos)) {
            pos += 6;
            return "(?:\\b(?<=\\w))";
        }
        StringBuilder set = new StringBuilder("[");
        if (eat('^')) set.append('^');
        if (eat(']')) set.append(literal(']'));
        else if (eat('-')) set.append(literal('-'));
        while (more() && peek() != ']' && !seeTwo('-', ']')) bracketTerm(set);
        if (eat('-')) set.append(literal('-'));
        if (!eat(']')) throw new SyntaxError(BRACKETS);
        return set.append(']').toString();
    }

    private void bracketTerm(StringBuilder set) throws SyntaxError {
        char kind = 0;
        if (peek() == '[') {
            kind = pos + 1 < source.length() ? source.charAt(pos + 1) : 0;
        } else if (peek() == '-') {
            throw new SyntaxError(BAD_RANGE);
        }
        if (kind == ':') {
            pos += 2;
            if (!more()) throw new SyntaxError(BRACKETS);
            if (peek() == '-' || peek() == ']') throw new SyntaxError(BAD_CLASS);
            int start = pos;
            while (more() && isAlpha(peek())) pos++;
            String translated = CLASSES.get(source.substring(start, pos));
            if (translated == null) throw new SyntaxError(BAD_CLASS);
            if (!more()) throw new SyntaxError(BRACKETS);
            if (!eatTwo(':', ']')) throw new SyntaxError(BAD_CLASS);
            set.append(translated);
        } else if (kind == '=') {
            pos += 2;
            if (!more()) throw new SyntaxError(BRACKETS);
            if (peek() == '-' || peek() == ']') throw new SyntaxError(BAD_COLLATE);
            char c = collatingElement('=');
            if (!more()) throw new SyntaxError(BRACKETS);
            if (!eatTwo('=', ']')) throw new SyntaxError(BAD_COLLATE);
            set.append(literal(c));
        } else {
            char first = bracketSymbol();
            char last = first;
            if (see('-') && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
                pos++;
                last = eat('-') ? '-' : bracketSymbol();
            }
            if (first > last) throw new SyntaxError(BAD_RANGE);
            set.append(literal(first));
            if (last != first) set.append('-').append(literal(last));
        }
    }

    private char bracketSymbol() throws SyntaxError {
        if (!more()) throw new SyntaxError(BRACKETS);
        if (!eatTwo('[', '.')) return next();
        char c = collatingElement('.');
        if (!eatTwo('.', ']')) throw new SyntaxError(BAD_COLLATE);
        return c;
    }

    /** The text up to {@code end]}: one character, or a POSIX character name. */
    private char collatingElement(char end) throws SyntaxError {
        int start = pos;
        while (more() && !seeTwo(end, ']')) pos++;
        if (!more()) throw new SyntaxError(BRACKETS);
        String name = source.substring(start, pos);
        int code = CharacterNames.code(name);
        if (code >= 0) return (char) code;
        if (name.length() == 1) return name.charAt(0);
        throw new SyntaxError(BAD_COLLATE);
    }

    private static String literal(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)) return String.valueOf(c);
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private boolean more() {
        return pos < source.length();
    }

    private char peek() {
        return source.charAt(pos);
    }

    private char next() {
        return source.charAt(pos++);
    }

    private boolean see(char c) {
        return more() && peek() == c;
    }

    private boolean seeTwo(char a, char b) {
        return pos + 1 < source.length() && source.charAt(pos) == a && source.charAt(pos + 1) == b;
    }

    private boolean eat(char c) {
        if (!see(c)) return false;
        pos++;
        return true;
    }

    private boolean eatTwo(char a, char b) {
        if (!seeTwo(a, b)) return false;
        pos += 2;
        return true;
    }
}
