package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jmlir.ir.Diagnostic;
import jmlir.ir.Diagnostic.Severity;
import jmlir.ir.Location;

/** Renders the diagnostics mlir-opt emitted for the golden inputs and compares byte for byte. */
class DiagnosticPrinterGoldenTest {

    private static String printAll(SourceFile file, List<Diagnostic> diagnostics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagnosticPrinter printer = new DiagnosticPrinter(Goldens.sources(file), out);
        diagnostics.forEach(printer::handle);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void positionsInTheBuffer() {
        // Tabs, non-ASCII lines (no caret), '\r', columns at and past a line's end, line or
        // column 0, lines past the end, ranges (start only), the last line without a line feed.
        SourceFile file = Goldens.input("render-positions.mlir");
        assertThat(printAll(file, TestLocations.remarks(file))).isEqualTo(Goldens.stderr("render-positions"));
    }

    @Test
    void everyKindOfLocation() {
        // Unknown, names (escaped), call-site stacks, fused, a missing file, a file read from disk.
        SourceFile file = Goldens.input("render-locations.mlir");
        assertThat(printAll(file, TestLocations.remarks(file))).isEqualTo(Goldens.stderr("render-locations"));
    }

    @Test
    void notesShowTheirLineOnlyWhenTheLocationChanges() {
        SourceFile file = Goldens.input("render-notes.mlir");
        String name = file.name();

        Diagnostic redefinition = new Diagnostic(Severity.ERROR, file.location(file.offsetOf(4, 3)),
                "redefinition of SSA value '%0'");
        redefinition.attachNote(file.location(file.offsetOf(3, 3)), "previously defined here");

        String op = "%0 = \"arith.addi\"(%1, %1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32";
        Diagnostic dominance = new Diagnostic(Severity.ERROR, new Location.FileLineCol(name, 9, 8),
                "operand #0 does not dominate this use");
        dominance.attachNote(null, "see current operation: " + op);
        dominance.attachNote(new Location.FileLineCol(name, 10, 3), "operand defined here (op in the same block)");

        Diagnostic samePlace = new Diagnostic(Severity.ERROR, new Location.FileLineCol(name, 15, 8),
                "operand #0 does not dominate this use");
        samePlace.attachNote(null, "see current operation: " + op);
        samePlace.attachNote(new Location.FileLineCol(name, 15, 8), "operand defined here (op in the same block)");

        // The split marker warning is printed straight from the buffer, before any chunk runs.
        int marker = file.offsetOf(19, 7);
        String warning = new String(MessageRenderer.atOffset(file, marker, Severity.WARNING,
                "near miss with file split marker"), StandardCharsets.UTF_8);

        assertThat(warning + printAll(file, List.of(redefinition, dominance, samePlace)))
                .isEqualTo(Goldens.stderr("render-notes"));
    }
}
