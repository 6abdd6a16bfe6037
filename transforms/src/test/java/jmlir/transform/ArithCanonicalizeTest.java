package jmlir.transform;

import jmlir.syntax.PrintOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
 * goldens there). random.mlir holds random integer programs, whose result depends on the driver
 * applying folds and patterns in mlir-opt's order.
 */
class ArithCanonicalizeTest {
    private static final Path DIR = Path.of("../dialects/src/test/resources/fold");

    @TestFactory
    Stream<DynamicTest> matchesMlirOpt() {
        return List.of("identities", "patterns", "edges", "locations", "consts", "random").stream().map(name ->
                DynamicTest.dynamicTest(name, () -> {
                    String input = Files.readString(DIR.resolve(name + ".mlir"));
                    String expected = Files.readString(DIR.resolve(name + ".canon.out"));
                    assertThat(PassRunner.run("builtin.module(canonicalize)", input)).isEqualTo(expected);
                }));
    }

    /** The ops patterns create are where mlir-opt puts them (--mlir-print-debuginfo --mlir-print-local-scope). */
    @Test
    void locationsMatchMlirOpt() throws Exception {
        String input = Files.readString(DIR.resolve("locations.mlir"));
        String expected = Files.readString(DIR.resolve("locations.debuginfo.out"));
        PrintOptions options = new PrintOptions();
        options.debugInfo = true;
        options.localScope = true;
        String printed = PassRunner.run("builtin.module(canonicalize)", "locations.mlir", input, options);
        assertThat(printed).isEqualTo(expected);
    }
}
