package jmlir.syntax;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The golden cases with float elements, whose text also depends on float rounding and printing. */
class DenseFloatGoldenTest {
    @TestFactory
    Stream<DynamicTest> goldens() {
        return DenseGoldens.cases().stream()
                .filter(c -> c.input().startsWith("floats"))
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> DenseGoldenTest.check(c)));
    }
}
