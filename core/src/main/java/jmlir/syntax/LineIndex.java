package jmlir.syntax;

import java.util.Arrays;

/**
 * The positions of the line feeds of a byte buffer, to map byte offsets to 1-based lines and
 * back in O(log n). Only {@code '\n'} ends a line, as in LLVM's SourceMgr: a {@code '\r'} before
 * it belongs to the line's text.
 *
 * <p>The buffer is scanned lazily, only as far as the offsets asked about: the parser asks in
 * increasing order, so the scan goes along with it, and a file whose tail is one long line (a
 * megabyte of hex digits) is not scanned to its end for nothing. Queries may come from several
 * threads (the parsed IR's locations are shared), hence the locking.
 */
final class LineIndex {
    private final byte[] bytes;
    private int[] newlines = new int[16];
    private int count;
    /** Every line feed before this offset is in {@code newlines}. */
    private int scanned;

    LineIndex(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Number of lines: a buffer ending in a line feed has an empty last line. */
    synchronized int lineCount() {
        scanTo(bytes.length);
        return count + 1;
    }

    /** The 1-based line holding {@code offset} (0 to length inclusive). */
    synchronized int line(int offset) {
        checkOffset(offset);
        scanTo(offset);
        // Number of line feeds strictly before the offset.
        if (count == 0 || newlines[count - 1] < offset) return count + 1;
        int pos = Arrays.binarySearch(newlines, 0, count, offset);
        return (pos >= 0 ? pos : -pos - 1) + 1;
    }

    /** The 1-based byte column of {@code offset} within its line. */
    synchronized int column(int offset) {
        return offset - lineStart(line(offset)) + 1;
    }

    /** Offset of the first byte of a 1-based line, or -1 if there is no such line. */
    synchronized int lineStart(int line) {
        if (line < 1 || !scanToLine(line)) return -1;
        return line == 1 ? 0 : newlines[line - 2] + 1;
    }

    /** Offset just past the last byte of a line's text (its line feed, or the buffer end). */
    synchronized int lineEnd(int line) {
        if (line < 1 || !scanToLine(line)) return -1;
        return line <= count ? newlines[line - 1] : bytes.length;
    }

    /** Records that [from, to) holds no line feed: a later scan skips it. */
    synchronized void noLineFeedsIn(int from, int to) {
        scanTo(from);
        if (to > scanned) scanned = to;
    }

    /** Scans until the line feed ending {@code line} is known or the buffer ends; false if there is no such line. */
    private boolean scanToLine(int line) {
        while (count < line && scanned < bytes.length) scanTo(Math.min(bytes.length, scanned + (1 << 16)));
        return line <= count + 1;
    }

    /** Records the line feeds in [scanned, end). */
    private void scanTo(int end) {
        byte[] b = bytes;
        for (int i = scanned; i < end; i++) {
            if (b[i] == '\n') {
                if (count == newlines.length) newlines = Arrays.copyOf(newlines, count * 2);
                newlines[count++] = i;
            }
        }
        if (end > scanned) scanned = end;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > bytes.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + bytes.length);
        }
    }
}
