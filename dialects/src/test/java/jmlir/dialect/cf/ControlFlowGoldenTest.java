package jmlir.dialect.cf;

import java.io.IOException;
import java.util.List;
import jmlir.dialect.DialectGoldens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The cf dialect against mlir-opt 22: each input under resources/cf printed in three ways must
 * match mlir-opt's output exactly (made by regen.sh there) and read back, and invalid.mlir's
 * expected diagnostics (which mlir-opt --verify-diagnostics accepts) must be exactly the ones
 * reported. The canonicalization goldens are the cf-*.mlir inputs of the transforms module's
 * canonicalize tests.
 */
class ControlFlowGoldenTest {
    private static final DialectGoldens GOLDENS = new DialectGoldens("cf");
    private static final List<String> INPUTS = List.of("syntax", "generic", "wide");
    /** The inputs whose printed form mlir-opt reads back (wide case values it cannot). */
    private static final List<String> READ_BACK = List.of("syntax", "generic");

    @TestFactory
    List<DynamicTest> printsAsMlirOptDoes() {
        return GOLDENS.printTests(INPUTS, List.of("custom", "generic", "debuginfo"));
    }

    @TestFactory
    List<DynamicTest> readsItsOutputBack() {
        return GOLDENS.readBackTests(READ_BACK);
    }

    @Test
    void invalidInputsReportMlirOptsDiagnostics() throws IOException {
        GOLDENS.checkInvalidInputs();
    }
}
