package jmlir.dialect.affine;

import java.io.IOException;
import java.util.List;
import jmlir.dialect.DialectGoldens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The affine dialect against mlir-opt 22: each input under resources/affine printed in five
 * ways must match mlir-opt's output exactly (made by regen.sh there) and read its own output
 * back; invalid.mlir's expected diagnostics (which mlir-opt --verify-diagnostics accepts) must
 * be exactly the ones reported.
 */
class AffineGoldenTest {
    private static final DialectGoldens GOLDENS = new DialectGoldens("affine");
    private static final List<String> INPUTS = List.of("loops", "memory", "parallel", "vector", "dma", "index");

    @TestFactory
    List<DynamicTest> printsAsMlirOptDoes() {
        return GOLDENS.printTests(INPUTS, List.of("custom", "generic", "debuginfo", "pretty", "unique"));
    }

    @TestFactory
    List<DynamicTest> readsItsOutputBack() {
        return GOLDENS.readBackTests(INPUTS);
    }

    @Test
    void invalidInputsReportMlirOptsDiagnostics() throws IOException {
        GOLDENS.checkInvalidInputs();
    }
}
