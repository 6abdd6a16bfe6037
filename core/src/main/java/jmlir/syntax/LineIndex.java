package jmlir.syntax;

import java.util.Arrays;

/**
 * The positions of the line feeds of a byte buffer, to map byte offsets to 1-based lines and
 * back in O(log n). Only {@code '\n'} ends a line, as in LLVM's SourceMgr: a {@code '\r'} before
 * it belongs to the line's text.
 */
final class LineIndex {
    private final int[] newlines;
    private final int length;

    LineIndex(byte[] bytes) {
        // One pass over the buffer (it may be megabytes, read before anything is compiled).
        int[] positions = new int[Math.max(16, bytes.length >> 5)];
        int count = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (count == positions.length) positions = Arrays.copyOf(positions, count * 2);
                positions[count++] = i;
            }
        }
        this.newlines = Arrays.copyOf(positions, count);
        this.length = bytes.length;
    }

    /** Number of lines: a buffer ending in a line feed has an empty last line. */
    int lineCount() {
        return newlines.length + 1;
    }

    /** The 1-based line holding {@code offset} (0 to length inclusive). */
    int line(int offset) {
        checkOffset(offset);
        // Number of line feeds strictly before the offset.
        int pos = Arrays.binarySearch(newlines, offset);
        int before = pos >= 0 ? pos : -pos - 1;
        return before + 1;
    }

    /** The 1-based byte column of {@code offset} within its line. */
    int column(int offset) {
        return offset - lineStart(line(offset)) + 1;
    }

    /** Offset of the first byte of a 1-based line, or -1 if there is no such line. */
    int lineStart(int line) {
        if (line < 1 || line > lineCount()) return -1;
        return line == 1 ? 0 : newlines[line - 2] + 1;
    }

    /** Offset just past the last byte of a line's text (its line feed, or the buffer end). */
    int lineEnd(int line) {
        if (line < 1 || line > lineCount()) return -1;
        return line <= newlines.length ? newlines[line - 1] : length;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
    }
}
