package jmlir.cli;

import jmlir.ir.Diagnostic;
import jmlir.syntax.MessageRenderer;
import jmlir.syntax.SourceFile;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --split-input-file}: splits a buffer at each occurrence of the marker; chunks keep
 * whole-file offsets, so diagnostics name the original lines. Like mlir-opt, it warns about near
 * misses: the marker less its last two characters, where the whole marker does not follow.
 */
final class InputSplitter {
    private InputSplitter() {
    }

    static List<SourceFile> split(SourceFile whole, String marker, PrintStream err) {
        byte[] b = whole.bytes();
        byte[] m = marker.getBytes(StandardCharsets.ISO_8859_1);
        int nearLength = Math.max(1, m.length - 2);
        List<SourceFile> chunks = new ArrayList<>();
        int chunkStart = 0;
        for (int i = 0; i + nearLength <= b.length; i++) {
            if (!matches(b, i, m, nearLength)) continue;
            if (i + m.length <= b.length && matches(b, i, m, m.length)) {
                chunks.add(whole.chunk(chunkStart, i));
                chunkStart = i + m.length;
                i = chunkStart - 1;
            } else {
                byte[] warning = MessageRenderer.atOffset(whole, i + nearLength, Diagnostic.Severity.WARNING,
                        "near miss with file split marker");
                err.write(warning, 0, warning.length);
            }
        }
        chunks.add(whole.chunk(chunkStart, b.length));
        return chunks;
    }

    private static boolean matches(byte[] b, int at, byte[] m, int length) {
        for (int j = 0; j < length; j++) if (b[at + j] != m[j]) return false;
        return true;
    }
}
