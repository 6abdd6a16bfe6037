package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import jmlir.ir.Location;

class SourceFileTest {
    private final SourceFile file = SourceFile.of("in.mlir", "ab\n\ncd\r\n\u00e9x\n");

    @Test
    void mapsOffsetsToOneBasedLinesAndByteColumns() {
        assertThat(file.lineCount()).isEqualTo(5);
        assertThat(file.line(0)).isEqualTo(1);
        assertThat(file.column(0)).isEqualTo(1);
        assertThat(file.line(2)).isEqualTo(1); // the line feed belongs to its line
        assertThat(file.column(2)).isEqualTo(3);
        assertThat(file.line(3)).isEqualTo(2);
        assertThat(file.location(4)).isEqualTo(new Location.FileLineCol("in.mlir", 3, 1));
        // 'é' takes two bytes, so 'x' is in column 3.
        assertThat(file.location(10)).isEqualTo(new Location.FileLineCol("in.mlir", 4, 3));
        assertThat(file.location(file.wholeLength())).isEqualTo(new Location.FileLineCol("in.mlir", 5, 1));
    }

    @Test
    void answersInAnyOrderAsIfScannedWhole() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) text.append(random.nextInt(40) == 0 ? '\n' : 'x');
        SourceFile fresh = SourceFile.of("big.mlir", text.toString());
        int[] lineOf = new int[text.length() + 1];
        int[] startOf = new int[text.length() + 2];
        int line = 1;
        for (int i = 0; i <= text.length(); i++) {
            lineOf[i] = line;
            if (i < text.length() && text.charAt(i) == '\n') startOf[++line] = i + 1;
        }
        startOf[1] = 0;
        // Far lines before near offsets, then offsets back and forth.
        assertThat(fresh.lineStart(line)).isEqualTo(startOf[line]);
        assertThat(SourceFile.of("b", text.toString()).lineEnd(3)).isEqualTo(startOf[4] - 1);
        for (int k = 0; k < 2000; k++) {
            int offset = random.nextInt(text.length() + 1);
            assertThat(fresh.line(offset)).isEqualTo(lineOf[offset]);
            assertThat(fresh.column(offset)).isEqualTo(offset - startOf[lineOf[offset]] + 1);
        }
        assertThat(fresh.lineCount()).isEqualTo(line);
        assertThat(fresh.lineStart(line + 1)).isEqualTo(-1);
    }

    @Test
    void givesLinesBack() {
        assertThat(file.lineText(1)).isEqualTo("ab");
        assertThat(file.lineText(2)).isEmpty();
        assertThat(file.lineText(3)).isEqualTo("cd\r");
        assertThat(file.lineText(4)).isEqualTo("\u00e9x");
        assertThat(file.lineText(5)).isEmpty();
        assertThat(file.lineStart(6)).isEqualTo(-1);
        assertThatThrownBy(() -> file.lineText(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void offsetOfFollowsLlvmRules() {
        assertThat(file.offsetOf(1, 1)).isZero();
        assertThat(file.offsetOf(1, 3)).isEqualTo(2); // the line's end is a position
        assertThat(file.offsetOf(1, 4)).isEqualTo(-1); // past it is not
        assertThat(file.offsetOf(3, 3)).isEqualTo(6); // on the '\r'
        assertThat(file.offsetOf(3, 4)).isEqualTo(-1); // past the '\r'
        assertThat(file.offsetOf(5, 1)).isEqualTo(file.wholeLength());
        assertThat(file.offsetOf(0, 1)).isEqualTo(-1);
        assertThat(file.offsetOf(1, 0)).isEqualTo(-1);
        assertThat(file.offsetOf(6, 1)).isEqualTo(-1);
    }

    @Test
    void chunksKeepWholeFilePositions() {
        SourceFile whole = SourceFile.of("s.mlir", "a\n// -----\nbc\nd\n");
        SourceFile chunk = whole.chunk(10, whole.wholeLength());
        assertThat(chunk.isChunk()).isTrue();
        assertThat(chunk.name()).isEqualTo("s.mlir");
        assertThat(chunk.text()).isEqualTo("\nbc\nd\n");
        assertThat(chunk.location(chunk.start())).isEqualTo(new Location.FileLineCol("s.mlir", 2, 9));
        assertThat(chunk.location(11)).isEqualTo(new Location.FileLineCol("s.mlir", 3, 1));
        assertThat(chunk.lineText(1)).isEqualTo("a"); // any line of the file can be shown
        assertThat(chunk.whole().isChunk()).isFalse();
        assertThat(chunk.chunk(11, 13).text()).isEqualTo("bc");
        assertThatThrownBy(() -> chunk.chunk(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sharesItsInputWithoutCopying() {
        byte[] data = {'x'};
        SourceFile f = SourceFile.of("x", data);
        assertThat(f.array()).isSameAs(data);
        assertThat(f.text()).isEqualTo("x");
    }

    @Test
    void managerFindsFilesByNameAndRemembersMisses() {
        int[] loads = {0};
        SourceManager sources = new SourceManager(name -> {
            loads[0]++;
            return name.equals("other.mlir") ? Optional.of(SourceFile.of(name, "x")) : Optional.empty();
        });
        SourceFile main = SourceFile.of("main.mlir", "a\n// -----\nb");
        sources.add(main.chunk(2, 5));
        assertThat(sources.find("main.mlir")).get().extracting(SourceFile::isChunk).isEqualTo(false);
        assertThat(sources.find("other.mlir")).isPresent();
        assertThat(sources.find("missing.mlir")).isEmpty();
        assertThat(sources.find("missing.mlir")).isEmpty();
        assertThat(loads[0]).isEqualTo(2);
        assertThat(new SourceManager().find("other.mlir")).isEmpty();
    }
}
