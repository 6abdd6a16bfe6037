package jmlir.transform;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonicalize pass on the inputs in resources/canonicalize, each against what
 * {@code mlir-opt -allow-unregistered-dialect -canonicalize="<options>"} printed (the
 * {@code .expected} file); options come from a leading {@code // options:} line.
 */
class CanonicalizeTest {
    private static final Path DIR = Path.of("src/test/resources/canonicalize");

    @TestFactory
    Stream<DynamicTest> matchesMlirOpt() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".mlir")).sorted().map(input ->
                DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                    String text = Files.readString(input);
                    String options = text.startsWith("// options:")
                            ? text.substring("// options:".length(), text.indexOf('\n')) : "";
                    String expected = Files.readString(Path.of(input.toString().replace(".mlir", ".expected")));
                    assertThat(PassRunner.run("builtin.module(canonicalize{" + options + "})", text)).isEqualTo(expected);
                }));
    }
}
