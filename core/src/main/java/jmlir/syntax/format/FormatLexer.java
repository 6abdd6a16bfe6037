package jmlir.syntax.format;

/** Splits an assembly format string into tokens: punctuation, `literals`, $variables, "strings", keywords. */
final class FormatLexer {
    enum Kind {
        EOF, CARET, COLON, COMMA, EQUAL, LESS, GREATER, QUESTION, LPAREN, RPAREN, STAR, PIPE,
        LITERAL, VARIABLE, STRING, IDENTIFIER,
        // Directive keywords.
        ATTR_DICT, ATTR_DICT_WITH_KEYWORD, PROP_DICT, CUSTOM, FUNCTIONAL_TYPE, OILIST, OPERANDS, PARAMS, REF,
        REGIONS, RESULTS, STRUCT, SUCCESSORS, TYPE, QUALIFIED;

        boolean isKeyword() {
            return ordinal() >= ATTR_DICT.ordinal();
        }
    }

    /** A token: its kind, where it starts, and its text. */
    record Token(Kind kind, int offset, String text) {
        boolean is(Kind k) {
            return kind == k;
        }
    }

    /** Makes the error for a problem at an offset of the format. */
    interface Errors {
        FormatException error(int offset, String message);
    }

    private final String src;
    private final Errors errors;
    private int pos;

    FormatLexer(String src, Errors errors) {
        this.src = src;
        this.errors = errors;
    }

    Token next() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0) break;
            pos++;
        }
        int start = pos;
        if (pos >= src.length()) return new Token(Kind.EOF, start, "");
        char c = src.charAt(pos++);
        Kind punct = switch (c) {
            case '^' -> Kind.CARET;
            case ':' -> Kind.COLON;
            case ',' -> Kind.COMMA;
            case '=' -> Kind.EQUAL;
            case '<' -> Kind.LESS;
            case '>' -> Kind.GREATER;
            case '?' -> Kind.QUESTION;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '*' -> Kind.STAR;
            case '|' -> Kind.PIPE;
            default -> null;
        };
        if (punct != null) return new Token(punct, start, String.valueOf(c));
        switch (c) {
            case '`' -> {
                while (pos < src.length()) {
                    if (src.charAt(pos++) == '`') return new Token(Kind.LITERAL, start, src.substring(start, pos));
                }
                throw errors.error(pos, "unexpected end of file in literal");
            }
            case '$' -> {
                if (pos >= src.length() || !(isAlpha(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    throw errors.error(start, "expected variable name");
                }
                while (pos < src.length() && (isAlnum(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
                return new Token(Kind.VARIABLE, start, src.substring(start, pos));
            }
            case '"' -> {
                boolean escape = false;
                while (pos < src.length()) {
                    char d = src.charAt(pos++);
                    if (!escape && d == '"') return new Token(Kind.STRING, start, src.substring(start, pos));
                    escape = d == '\\';
                }
                throw errors.error(pos, "unexpected end of file in string");
            }
            default -> {
                if (!(isAlpha(c) || c == '_')) throw errors.error(start, "unexpected character");
                while (pos < src.length() && (isAlnum(src.charAt(pos)) || src.charAt(pos) == '_' || src.charAt(pos) == '-')) {
                    pos++;
                }
                String word = src.substring(start, pos);
                Kind k = switch (word) {
                    case "attr-dict" -> Kind.ATTR_DICT;
                    case "attr-dict-with-keyword" -> Kind.ATTR_DICT_WITH_KEYWORD;
                    case "prop-dict" -> Kind.PROP_DICT;
                    case "custom" -> Kind.CUSTOM;
                    case "functional-type" -> Kind.FUNCTIONAL_TYPE;
                    case "oilist" -> Kind.OILIST;
                    case "operands" -> Kind.OPERANDS;
                    case "params" -> Kind.PARAMS;
                    case "ref" -> Kind.REF;
                    case "regions" -> Kind.REGIONS;
                    case "results" -> Kind.RESULTS;
                    case "struct" -> Kind.STRUCT;
                    case "successors" -> Kind.SUCCESSORS;
                    case "type" -> Kind.TYPE;
                    case "qualified" -> Kind.QUALIFIED;
                    default -> Kind.IDENTIFIER;
                };
                return new Token(k, start, word);
            }
        }
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isAlpha(c) || (c >= '0' && c <= '9');
    }
}
