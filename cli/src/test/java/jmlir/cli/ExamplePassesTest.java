package jmlir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples the README runs through passes: {@code jmlir-opt --canonicalize --cse
 * examples/NAME.mlir} prints what mlir-opt 22 printed (resources/examples/NAME.canonicalize-cse.golden).
 */
class ExamplePassesTest {
    @ParameterizedTest
    @ValueSource(strings = {"fold", "loops"})
    void canonicalizeAndCseMatchMlirOpt(String example) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = Path.of("../examples", example + ".mlir").toString();
        int code = JmlirOpt.run(new String[] {"--canonicalize", "--cse", input},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(
                Path.of("src/test/resources/examples", example + ".canonicalize-cse.golden")));
    }
}
