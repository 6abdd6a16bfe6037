package jmlir.syntax;

import jmlir.ir.Location;

/**
 * An input buffer, or one chunk of it, with a line index so that byte offsets map to the
 * 1-based line and column MLIR reports. Offsets and line numbers are always relative to the
 * whole buffer, so a chunk of a split input reports the lines of the original file.
 */
public final class SourceBuffer {
    private final String name;
    private final byte[] bytes;
    private final int begin;
    private final int end;
    private final int[] lineStarts;

    private SourceBuffer(String name, byte[] bytes, int begin, int end, int[] lineStarts) {
        this.name = name;
        this.bytes = bytes;
        this.begin = begin;
        this.end = end;
        this.lineStarts = lineStarts;
    }

    public static SourceBuffer of(String name, byte[] bytes) {
        return new SourceBuffer(name, bytes, 0, bytes.length, indexLines(bytes));
    }

    /** The chunk [begin, end) of this buffer, sharing its bytes and line index. */
    public SourceBuffer chunk(int chunkBegin, int chunkEnd) {
        return new SourceBuffer(name, bytes, chunkBegin, chunkEnd, lineStarts);
    }

    private static int[] indexLines(byte[] bytes) {
        int count = 1;
        for (byte b : bytes) if (b == '\n') count++;
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n') starts[line++] = i + 1;
        return starts;
    }

    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    /** The 1-based line containing {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }

    /** The byte offset at which 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public Location.FileLineCol location(int offset) {
        int line = lineOf(offset);
        return new Location.FileLineCol(name, line, offset - lineStarts[line - 1] + 1);
    }

    /**
     * Where to report an error found at end of input: just after the last non-blank character
     * before {@code offset}, as MLIR points at the end of the previous token.
     */
    int endOfLastToken(int offset) {
        int p = Math.min(offset, end);
        while (p > begin) {
            byte b = bytes[p - 1];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') p--;
            else break;
        }
        return p;
    }
}
