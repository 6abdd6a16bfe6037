package jmlir.transform;

import jmlir.syntax.PrintOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Region DCE through branch ops (dead block arguments go with the operands forwarded to them):
 * the canonicalize pass on the inputs in resources/branch-dce, with cf's branches, against
 * what {@code mlir-opt -allow-unregistered-dialect -canonicalize -mlir-print-op-generic} printed.
 */
class BranchRegionDceTest {
    private static final Path DIR = Path.of("src/test/resources/branch-dce");

    @TestFactory
    Stream<DynamicTest> matchesMlirOpt() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".mlir")).sorted().map(input ->
                DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                    String expected = Files.readString(Path.of(input.toString().replace(".mlir", ".expected")));
                    PrintOptions generic = new PrintOptions();
                    generic.generic = true;
                    String actual = PassRunner.run("builtin.module(canonicalize)", input.getFileName().toString(),
                            Files.readString(input), generic, StandInDialects::registerMissing);
                    assertThat(actual).isEqualTo(expected);
                }));
    }
}
