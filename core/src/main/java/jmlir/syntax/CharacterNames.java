package jmlir.syntax;

import java.util.HashMap;
import java.util.Map;

/** The POSIX names of the ASCII characters, for collating symbols such as {@code [[.space.]]}. */
final class CharacterNames {
    private static final Map<String, Integer> CODES = new HashMap<>();

    static {
        String[] controls = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT",
                "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
                "ESC", "IS4", "IS3", "IS2", "IS1"};
        for (int i = 0; i < controls.length; i++) CODES.put(controls[i], i);
        // Aliases; the four information separators are also the file/group/record/unit separators.
        put(7, "alert");
        put(8, "backspace");
        put(9, "tab");
        put(10, "newline");
        put(11, "vertical-tab");
        put(12, "form-feed");
        put(13, "carriage-return");
        put(28, "FS");
        put(29, "GS");
        put(30, "RS");
        put(31, "US");
        String[] printable = {"space", "exclamation-mark", "quotation-mark", "number-sign", "dollar-sign",
                "percent-sign", "ampersand", "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk",
                "plus-sign", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five",
                "six", "seven", "eight", "nine", "colon", "semicolon", "less-than-sign", "equals-sign",
                "greater-than-sign", "question-mark", "commercial-at"};
        for (int i = 0; i < printable.length; i++) CODES.put(printable[i], 0x20 + i);
        put('-', "hyphen-minus");
        put('.', "full-stop");
        put('/', "solidus");
        put('[', "left-square-bracket");
        put('\\', "backslash");
        put('\\', "reverse-solidus");
        put(']', "right-square-bracket");
        put('^', "circumflex");
        put('^', "circumflex-accent");
        put('_', "underscore");
        put('_', "low-line");
        put('`', "grave-accent");
        put('{', "left-brace");
        put('{', "left-curly-bracket");
        put('|', "vertical-line");
        put('}', "right-brace");
        put('}', "right-curly-bracket");
        put('~', "tilde");
        put(127, "DEL");
    }

    private CharacterNames() {
    }

    private static void put(int code, String name) {
        CODES.put(name, code);
    }

    /** The character a name stands for, or -1. */
    static int code(String name) {
        return CODES.getOrDefault(name, -1);
    }
}
