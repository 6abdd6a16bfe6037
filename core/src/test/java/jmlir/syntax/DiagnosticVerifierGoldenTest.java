package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import jmlir.ir.Diagnostic;
import jmlir.ir.Diagnostic.Severity;

/**
 * Runs the verifier as mlir-opt 22 does (scan, route every diagnostic to it, verify, then its
 * teardown check) and compares the output and the result with mlir-opt's.
 */
class DiagnosticVerifierGoldenTest {

    private record Run(String stderr, boolean verified) {
    }

    private static Run run(SourceFile file, DiagnosticVerifier.Level level, List<Diagnostic> diagnostics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean verified;
        try (DiagnosticVerifier verifier = new DiagnosticVerifier(Goldens.sources(file), file, level, out)) {
            diagnostics.forEach(verifier::handle);
            verified = verifier.verify();
        }
        return new Run(out.toString(StandardCharsets.UTF_8), verified);
    }

    private static void assertMatchesGolden(String base, Run run) {
        assertThat(run.stderr()).isEqualTo(Goldens.stderr(base));
        assertThat(run.verified()).isEqualTo(Goldens.exitCode(base) == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-forms", "verify-regex", "verify-other-file"})
    void remarksAgainstExpectations(String base) {
        SourceFile file = Goldens.input(base + ".mlir");
        assertMatchesGolden(base, run(file, DiagnosticVerifier.Level.ALL, TestLocations.remarks(file)));
    }

    @Test
    void onlyExpectedIgnoresUnexpectedDiagnostics() {
        SourceFile file = Goldens.input("verify-only-expected.mlir");
        assertMatchesGolden("verify-only-expected",
                run(file, DiagnosticVerifier.Level.ONLY_EXPECTED, TestLocations.remarks(file)));
    }

    @Test
    void splitInputFileUsesOneVerifierForTheWholeFile() {
        SourceFile file = Goldens.input("verify-split.mlir");
        Diagnostic first = error(file, 5, 3, "redefinition of SSA value '%0'");
        first.attachNote(file.location(file.offsetOf(4, 3)), "previously defined here");
        Diagnostic fourth = error(file, 19, 3, "redefinition of SSA value '%0'");
        fourth.attachNote(file.location(file.offsetOf(18, 3)), "previously defined here");
        List<Diagnostic> diagnostics = List.of(
                first,
                error(file, 11, 10, "use of undeclared SSA value name"),
                error(file, 15, 1, "custom op 'foo' is unknown (tried 'builtin.foo' as well)"),
                fourth,
                error(file, 24, 10, "use of undeclared SSA value name"));
        assertMatchesGolden("verify-split", run(file, DiagnosticVerifier.Level.ALL, diagnostics));
    }

    @Test
    void withoutVerifyDiagnosticsTheTeardownStillReports() {
        // mlir-opt 22 builds the verifier even without --verify-diagnostics: it reports bad
        // regexes when built and unmatched expectations when torn down, yet exits with 0.
        SourceFile file = Goldens.input("verify-passive.mlir");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiagnosticVerifier(Goldens.sources(file), file, DiagnosticVerifier.Level.ALL, out).close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Goldens.stderr("verify-passive"));
        assertThat(Goldens.exitCode("verify-passive")).isZero();
    }

    private static Diagnostic error(SourceFile file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file.location(file.offsetOf(line, column)), message);
    }
}
