package jmlir.syntax;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the golden inputs of {@code src/test/resources/dense/} that do not depend on how floats
 * print and compares with mlir-opt 22's output (see the README there). The float-dependent cases
 * are in {@link DenseFloatGoldenTest}.
 */
class DenseGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldens() {
        return DenseGoldens.cases().stream()
                .filter(c -> !c.input().startsWith("floats"))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    static void check(DenseGoldens.Case c) {
        DenseGoldens.Result r = DenseGoldens.run(c);
        assertThat(r.diagnostics()).as("diagnostics of " + c).isEqualTo(DenseGoldens.read(c.golden() + ".diag"));
        assertThat(r.output()).as("output of " + c).isEqualTo(DenseGoldens.read(c.golden()));
    }
}
