package jmlir.transform;

import jmlir.syntax.PrintOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonicalize pass on the float inputs of resources/canonicalize, printed with locations
 * ({@code --mlir-print-debuginfo --mlir-print-local-scope}) in each driver mode, against what
 * mlir-opt printed (resources/canonicalize/debuginfo, written by regen.sh there): the ops that
 * patterns create and the constants that folding materialises are where mlir-opt puts them.
 */
class CanonicalizeDebugInfoTest {
    private static final Path DIR = Path.of("src/test/resources/canonicalize");
    private static final Map<String, String> MODES = Map.of(
            "default", "",
            "bottom-up", "top-down=false",
            "no-region-simplify", "region-simplify=disabled");

    @TestFactory
    Stream<DynamicTest> locationsMatchMlirOpt() throws IOException {
        return Files.list(DIR.resolve("debuginfo")).map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".expected")).sorted().map(golden -> {
                    String[] parts = golden.split("\\.");
                    String input = parts[0] + ".mlir";
                    String options = MODES.get(parts[1]);
                    return DynamicTest.dynamicTest(golden, () -> {
                        assertThat(options).as("mode of " + golden).isNotNull();
                        PrintOptions print = new PrintOptions();
                        print.debugInfo = true;
                        print.localScope = true;
                        String printed = PassRunner.run("builtin.module(canonicalize{" + options + "})", input,
                                Files.readString(DIR.resolve(input)), print);
                        assertThat(printed).isEqualTo(Files.readString(DIR.resolve("debuginfo").resolve(golden)));
                    });
                });
    }
}
