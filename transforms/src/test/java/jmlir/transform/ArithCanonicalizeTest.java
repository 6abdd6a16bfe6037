package jmlir.transform;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonicalize pass on the arith integer inputs of the dialects module's resources/fold,
 * printed byte for byte as {@code mlir-opt --canonicalize} printed them (the {@code .canon.out}
 * goldens there).
 */
class ArithCanonicalizeTest {
    private static final Path DIR = Path.of("../dialects/src/test/resources/fold");

    @TestFactory
    Stream<DynamicTest> matchesMlirOpt() {
        return List.of("identities", "patterns", "edges", "consts").stream().map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    String input = Files.readString(DIR.resolve(name + ".mlir"));
                    String expected = Files.readString(DIR.resolve(name + ".canon.out"));
                    assertThat(PassRunner.run("builtin.module(canonicalize)", input)).isEqualTo(expected);
                }));
    }
}
