package jmlir.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import jmlir.ir.Location;

/**
 * A named input buffer, or a chunk of one.
 *
 * <p>The name is the one diagnostics print: the path as given on the command line, or
 * {@code <stdin>}. Contents are bytes (UTF-8 text). All offsets in this API are absolute byte
 * offsets into the whole buffer, and lines and columns are 1-based and count bytes, as MLIR's
 * do: a column after a two-byte character is two more than the one before it.
 *
 * <p>A chunk ({@link #chunk}) is a window {@code [start, end)} on the same buffer: it shares the
 * whole file's bytes, name and line index, so a position inside a chunk reports the line and
 * column it has in the whole file. This is what mlir-opt 22 prints for {@code
 * --split-input-file}: a parser reads only the chunk's bytes but reports whole-file positions,
 * and a diagnostic printer or verifier can show any line of the file.
 */
public final class SourceFile {
    private final String name;
    private final byte[] bytes;
    private final LineIndex lines;
    private final int start;
    private final int end;

    private SourceFile(String name, byte[] bytes, LineIndex lines, int start, int end) {
        this.name = name;
        this.bytes = bytes;
        this.lines = lines;
        this.start = start;
        this.end = end;
    }

    /** A whole buffer. It takes the array over, uncopied: the caller must not change it. */
    public static SourceFile of(String name, byte[] contents) {
        Objects.requireNonNull(name, "name");
        return new SourceFile(name, contents, new LineIndex(contents), 0, contents.length);
    }

    /** A whole buffer holding {@code text} encoded as UTF-8. */
    public static SourceFile of(String name, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new SourceFile(Objects.requireNonNull(name, "name"), utf8, new LineIndex(utf8), 0, utf8.length);
    }

    /** Reads a file; {@code name} is what diagnostics will call it. */
    public static SourceFile read(Path path, String name) throws IOException {
        byte[] data = Files.readAllBytes(path);
        return new SourceFile(Objects.requireNonNull(name, "name"), data, new LineIndex(data), 0, data.length);
    }

    public String name() {
        return name;
    }

    /** Absolute offset of this view's first byte (0 for a whole buffer). */
    public int start() {
        return start;
    }

    /** Absolute offset just past this view's last byte. */
    public int end() {
        return end;
    }

    public int length() {
        return end - start;
    }

    public boolean isChunk() {
        return start != 0 || end != bytes.length;
    }

    /** The whole buffer this view belongs to (itself when it is not a chunk). */
    public SourceFile whole() {
        return isChunk() ? new SourceFile(name, bytes, lines, 0, bytes.length) : this;
    }

    /**
     * The chunk {@code [start, end)} of the whole buffer, given in absolute offsets, which must
     * lie inside this view.
     */
    public SourceFile chunk(int start, int end) {
        if (start < this.start || end > this.end || start > end) {
            throw new IndexOutOfBoundsException(
                    "chunk [" + start + ", " + end + ") outside [" + this.start + ", " + this.end + ")");
        }
        return new SourceFile(name, bytes, lines, start, end);
    }

    /** The byte at an absolute offset; offsets outside this view are allowed (whole buffer). */
    public byte byteAt(int offset) {
        return bytes[offset];
    }

    /** Size of the whole buffer. */
    public int wholeLength() {
        return bytes.length;
    }

    /** The whole buffer's backing array, for readers in this package; never modified. */
    byte[] array() {
        return bytes;
    }

    /** A copy of this view's bytes. */
    public byte[] bytes() {
        return slice(start, end);
    }

    /** A copy of the absolute byte range {@code [from, to)} of the whole buffer. */
    public byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    /** This view's text, decoded as UTF-8. */
    public String text() {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** Number of lines in the whole buffer. */
    public int lineCount() {
        return lines.lineCount();
    }

    /** The whole-file line (1-based) of an absolute offset; the buffer end is a valid offset. */
    public int line(int offset) {
        return lines.line(offset);
    }

    /** The byte column (1-based) of an absolute offset. */
    public int column(int offset) {
        return lines.column(offset);
    }

    /** Absolute offset of the first byte of a line, or -1 if the file has no such line. */
    public int lineStart(int line) {
        return lines.lineStart(line);
    }

    /** Absolute offset of the line feed ending a line (or of the buffer end), or -1. */
    public int lineEnd(int line) {
        return lines.lineEnd(line);
    }

    /**
     * Tells the line index that [from, to) holds no line feed, so that it need not scan that span
     * (a parser that has just scanned a long token says so); package-private: a wrong claim would
     * misplace every later line.
     */
    void noLineFeedsIn(int from, int to) {
        lines.noLineFeedsIn(from, to);
    }

    /** The text of a line without its line feed (a trailing {@code '\r'} is kept). */
    public String lineText(int line) {
        int from = lineStart(line);
        if (from < 0) throw new IndexOutOfBoundsException("no line " + line + " in " + name);
        return new String(bytes, from, lineEnd(line) - from, StandardCharsets.UTF_8);
    }

    /**
     * The absolute offset of a line and column, or -1 when they do not name a position of the
     * line: as LLVM's SourceMgr, a column may point at the line's end (its line feed, or the end
     * of the buffer) but not past it, nor past a {@code '\r'}. Lines and columns start at 1.
     */
    public int offsetOf(int line, int column) {
        int lineStart = lineStart(line);
        if (lineStart < 0 || column < 1) return -1;
        int offset = lineStart + column - 1;
        if (offset > bytes.length) return -1;
        for (int i = lineStart; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') return -1;
        }
        return offset;
    }

    /** The location of an absolute offset, as the parser attaches to operations. */
    public Location.FileLineCol location(int offset) {
        return new Location.FileLineCol(name, line(offset), column(offset));
    }

    @Override
    public String toString() {
        return isChunk() ? name + "[" + start + ", " + end + ")" : name;
    }
}
