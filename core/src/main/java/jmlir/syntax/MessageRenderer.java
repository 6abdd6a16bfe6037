package jmlir.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jmlir.ir.Diagnostic.Severity;

/**
 * Formats one message the way LLVM's SourceMgr prints it (mlir-opt's stderr, without colours):
 *
 * <pre>
 * name:line:col: error: message
 *   source line, tabs expanded to 8-column stops
 *   ^~~~ caret under the column, tildes under an optional range
 * </pre>
 *
 * The source line is printed from the buffer's bytes as they are. If it holds any non-ASCII
 * byte, the caret line is left out, as LLVM cannot place it under multi-byte characters.
 */
public final class MessageRenderer {
    private static final int TAB_STOP = 8;

    /** Printed in place of a location that does not point into a known buffer. */
    public static final String UNKNOWN_LOCATION = "<unknown>:0";

    private MessageRenderer() {
    }

    /** A message at an absolute byte offset of a buffer, with its source line and caret. */
    public static byte[] atOffset(SourceFile file, int offset, Severity severity, String message) {
        return atOffset(file, offset, severity, message, offset, offset);
    }

    /**
     * As {@link #atOffset(SourceFile, int, Severity, String)}, also underlining the absolute byte
     * range {@code [rangeStart, rangeEnd)} where it meets the line.
     */
    public static byte[] atOffset(SourceFile file, int offset, Severity severity, String message,
                                  int rangeStart, int rangeEnd) {
        int lineStart = offset;
        while (lineStart > 0 && !isLineBreak(file.byteAt(lineStart - 1))) lineStart--;
        int lineEnd = offset;
        while (lineEnd < file.wholeLength() && !isLineBreak(file.byteAt(lineEnd))) lineEnd++;
        byte[] line = file.slice(lineStart, lineEnd);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = file.name().equals("-") ? "<stdin>" : file.name();
        int column = file.column(offset);
        write(out, name + ":" + file.line(offset) + ":" + column + ": ");
        write(out, severity.label() + ": " + message + "\n");

        if (hasNonAscii(line)) {
            printExpanded(out, line);
            return out.toByteArray();
        }
        char[] caret = new char[line.length + 1];
        Arrays.fill(caret, ' ');
        if (rangeStart != rangeEnd && rangeStart <= lineEnd && rangeEnd >= lineStart) {
            int from = Math.max(rangeStart, lineStart) - lineStart;
            int to = Math.min(Math.min(rangeEnd, lineEnd) - lineStart, caret.length);
            Arrays.fill(caret, from, Math.max(from, to), '~');
        }
        // The column counts from the last line feed; the line text may start after a '\r'.
        caret[Math.min(column - 1, line.length)] = '^';
        int caretEnd = caret.length;
        while (caret[caretEnd - 1] == ' ') caretEnd--;

        printExpanded(out, line);
        int outColumn = 0;
        for (int i = 0; i < caretEnd; i++) {
            if (i >= line.length || line[i] != '\t') {
                out.write(caret[i]);
                outColumn++;
                continue;
            }
            do {
                out.write(caret[i]);
                outColumn++;
            } while (outColumn % TAB_STOP != 0);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A message without a source line: {@code location: severity: message}, where the location
     * is a {@code file:line:col} string, {@link #UNKNOWN_LOCATION}, or null for none.
     */
    public static byte[] withoutSource(String location, Severity severity, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (location != null && !location.isEmpty()) write(out, location + ": ");
        write(out, severity.label() + ": " + message + "\n");
        return out.toByteArray();
    }

    private static void printExpanded(ByteArrayOutputStream out, byte[] line) {
        int outColumn = 0;
        for (byte b : line) {
            if (b != '\t') {
                out.write(b);
                outColumn++;
                continue;
            }
            do {
                out.write(' ');
                outColumn++;
            } while (outColumn % TAB_STOP != 0);
        }
        out.write('\n');
    }

    private static boolean hasNonAscii(byte[] line) {
        for (byte b : line) {
            if (b < 0) return true;
        }
        return false;
    }

    private static boolean isLineBreak(byte b) {
        return b == '\n' || b == '\r';
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
