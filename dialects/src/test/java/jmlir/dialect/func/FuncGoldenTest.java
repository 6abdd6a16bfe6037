package jmlir.dialect.func;

import java.io.IOException;
import java.util.List;
import jmlir.dialect.DialectGoldens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The func dialect against mlir-opt 22: each input under resources/func printed in five ways
 * must match mlir-opt's output exactly (made by regen.sh there), read its own output back, and
 * invalid.mlir's expected diagnostics (which mlir-opt --verify-diagnostics accepts) must be
 * exactly the ones reported.
 */
class FuncGoldenTest {
    private static final DialectGoldens GOLDENS = new DialectGoldens("func");
    private static final List<String> INPUTS = List.of("syntax", "generic", "names");

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
