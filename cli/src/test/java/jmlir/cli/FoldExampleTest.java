package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's folding example: {@code jmlir-opt --canonicalize --cse examples/fold.mlir}
 * prints what mlir-opt 22 printed (resources/examples/fold.canonicalize-cse.golden).
 */
class FoldExampleTest {
    @Test
    void foldExampleMatchesMlirOpt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = JmlirOpt.run(new String[] {"--canonicalize", "--cse", Path.of("../examples/fold.mlir").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("src/test/resources/examples/fold.canonicalize-cse.golden")));
    }
}
