package jmlir.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jmlir.ir.Diagnostic.Severity;

/**
 * Finds the {@code expected-*} comments of a buffer, as mlir-opt 22 reads them:
 *
 * <pre>
 * expected-(error|note|remark|warning)(-re)? *(@([+-]N|above|below|unknown))? *{{text}}
 * </pre>
 *
 * at most once per line, anywhere in it, and only if {@code }}} ends the line (trailing
 * whitespace aside). The text runs from the first {@code {{} to the last {@code }}}, so a second
 * expectation on the same line becomes part of the first one's text. A line without a match
 * (code, blank, or a malformed comment, which is silently not an expectation) is a "code line":
 * {@code @above} targets the last code line before the comment, {@code @below} the next one.
 * {@code @+N}/{@code @-N} count from the comment's own line; N is read like a C literal, so a
 * leading 0 means octal, and an N that does not parse (e.g. {@code 09}) reuses the previous one.
 */
final class ExpectationScanner {
    private static final Pattern DESIGNATOR = Pattern.compile(
            "expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))? *\\{\\{(.*)\\}\\}\\z",
            Pattern.DOTALL);

    /** What a scan found; {@code errors} holds rendered errors for malformed regexes. */
    record Result(List<Expectation> located, List<Expectation> unknownLocation, byte[] errors) {
        boolean failed() {
            return errors.length > 0;
        }
    }

    private ExpectationScanner() {
    }

    /** Scans the lines of a buffer or chunk; line numbers are whole-file ones. */
    static Result scan(SourceFile file) {
        List<Expectation> located = new ArrayList<>();
        List<Expectation> unknown = new ArrayList<>();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<Expectation> waitingForNextLine = new ArrayList<>();

        List<int[]> lines = splitLines(file);
        long firstLine = file.line(file.start());
        long lastCodeLine = firstLine;
        int lastOffset = 0;
        for (int index = 0; index < lines.size(); index++) {
            long lineNumber = firstLine + index;
            int lineStart = lines.get(index)[0];
            String text = rtrim(new String(file.slice(lineStart, lines.get(index)[1]), StandardCharsets.UTF_8));
            Matcher m = DESIGNATOR.matcher(text);
            if (!m.find()) {
                for (Expectation e : waitingForNextLine) e.line = lineNumber;
                waitingForNextLine.clear();
                lastCodeLine = lineNumber;
                continue;
            }
            int offset = lineStart + utf8Length(text.substring(0, m.start()));
            Severity severity = switch (m.group(1)) {
                case "error" -> Severity.ERROR;
                case "warning" -> Severity.WARNING;
                case "remark" -> Severity.REMARK;
                default -> Severity.NOTE;
            };
            String body = m.group(5);
            Expectation expectation;
            if (m.group(2) == null) {
                expectation = Expectation.plain(severity, lineNumber, file, offset, body);
            } else {
                try {
                    expectation = Expectation.regex(severity, lineNumber, file, offset, body);
                } catch (PosixRegex.SyntaxError e) {
                    errors.writeBytes(errorAt(file, offset, body, "invalid regex: " + e.getMessage()));
                    continue;
                } catch (Expectation.MissingRegexEnd e) {
                    errors.writeBytes(errorAt(file, offset, body, e.getMessage()));
                    continue;
                }
            }
            String where = m.group(4);
            if (where == null) {
                located.add(expectation);
            } else if (where.equals("unknown")) {
                unknown.add(expectation.atUnknownLocation());
            } else if (where.equals("above")) {
                expectation.line = lastCodeLine;
                located.add(expectation);
            } else if (where.equals("below")) {
                // Stays on the last line if no code line follows.
                expectation.line = firstLine + lines.size() - 1;
                waitingForNextLine.add(expectation);
                located.add(expectation);
            } else {
                Integer parsed = parseOffset(where.substring(1));
                // mlir-opt 22 keeps the previous offset when one does not parse (e.g. "@+09").
                if (parsed != null) lastOffset = parsed;
                expectation.line = where.charAt(0) == '+' ? lineNumber + lastOffset : lineNumber - lastOffset;
                located.add(expectation);
            }
        }
        return new Result(located, unknown, errors.toByteArray());
    }

    private static byte[] errorAt(SourceFile file, int offset, String body, String message) {
        int length = utf8Length(body);
        return MessageRenderer.atOffset(file, offset, Severity.ERROR, message, offset, offset + length);
    }

    /** The N of {@code @+N}: decimal, or octal with a leading 0; null if it does not fit an int. */
    private static Integer parseOffset(String digits) {
        try {
            int radix = digits.length() > 1 && digits.charAt(0) == '0' ? 8 : 10;
            return Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** [start, end) of each '\n'-separated piece of the view, end excluding the line feed. */
    private static List<int[]> splitLines(SourceFile file) {
        List<int[]> lines = new ArrayList<>();
        int start = file.start();
        for (int i = file.start(); i < file.end(); i++) {
            if (file.byteAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        lines.add(new int[] {start, file.end()});
        return lines;
    }

    private static String rtrim(String s) {
        int end = s.length();
        while (end > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
