package jmlir.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jmlir.ir.Diagnostic;
import jmlir.ir.Diagnostic.Severity;
import jmlir.ir.Location;

/** Small hand-made cases; the behaviour they pin down was checked against mlir-opt 22. */
class DiagnosticVerifierTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private DiagnosticVerifier verifier(SourceFile file, DiagnosticVerifier.Level level) {
        return new DiagnosticVerifier(new SourceManager().add(file), file, level, out);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Diagnostic at(Severity severity, String file, int line, int column, String message) {
        return new Diagnostic(severity, new Location.FileLineCol(file, line, column), message);
    }

    @Test
    void eachDesignatorFormTargetsItsLine() {
        SourceFile file = SourceFile.of("t.mlir", String.join("\n",
                "op1 // expected-error {{same line}}",
                "// expected-error@+2 {{two down}}",
                "op3",
                "op4",
                "// expected-error@-2 {{two up}}",
                "// expected-error@below {{next code line}}",
                "",
                "op8",
                "// expected-error@above {{last code line}}",
                "// expected-error@unknown {{anywhere}}"));
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        v.handle(at(Severity.ERROR, "t.mlir", 1, 1, "on the same line"));
        v.handle(at(Severity.ERROR, "t.mlir", 4, 9, "two down, any column"));
        v.handle(at(Severity.ERROR, "t.mlir", 3, 1, "two up"));
        v.handle(at(Severity.ERROR, "t.mlir", 7, 1, "the next code line is the blank one"));
        v.handle(at(Severity.ERROR, "t.mlir", 8, 1, "last code line above the comment"));
        v.handle(new Diagnostic(Severity.ERROR, new Location.Name("n", null), "matched anywhere"));
        assertThat(v.verify()).isTrue();
        assertThat(output()).isEmpty();
    }

    @Test
    void reportsUnexpectedNearMissAndMissing() {
        SourceFile file = SourceFile.of("t.mlir", "op // expected-warning {{careful}}\nop2 // expected-note {{absent}}\n");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        v.handle(at(Severity.ERROR, "t.mlir", 1, 1, "be careful"));
        v.handle(at(Severity.REMARK, "t.mlir", 2, 1, "surprise"));
        assertThat(v.verify()).isFalse();
        assertThat(output()).isEqualTo("""
                t.mlir:1:7: error: 'error' diagnostic emitted when expecting a 'warning'
                op // expected-warning {{careful}}
                      ^
                t.mlir:2:1: error: unexpected remark: surprise
                op2 // expected-note {{absent}}
                ^
                t.mlir:1:7: error: expected warning "careful" was not produced
                op // expected-warning {{careful}}
                      ^~~~~~~
                t.mlir:2:8: error: expected note "absent" was not produced
                op2 // expected-note {{absent}}
                       ^~~~~~
                """);
    }

    @Test
    void notesAreCheckedLikeDiagnostics() {
        SourceFile file = SourceFile.of("t.mlir", "a // expected-error {{bad}}\nb // expected-note {{here}}\n");
        Diagnostic error = at(Severity.ERROR, "t.mlir", 1, 1, "bad thing");
        error.attachNote(new Location.FileLineCol("t.mlir", 2, 1), "defined here");
        error.attachNote(null, "extra");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        v.handle(error);
        assertThat(v.verify()).isFalse();
        assertThat(output()).isEqualTo("""
                t.mlir:1:1: error: unexpected note: extra
                a // expected-error {{bad}}
                ^
                """);
    }

    @Test
    void regexSectionsAreSearchedNotAnchored() {
        SourceFile file = SourceFile.of("t.mlir", "x // expected-error-re {{value {{[0-9]+}} of type '{{.*}}'}}\n");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        v.handle(at(Severity.ERROR, "t.mlir", 1, 1, "the value 42 of type 'i32' is bad"));
        assertThat(v.verify()).isTrue();
    }

    @Test
    void onlyExpectedStillNeedsEveryExpectation() {
        SourceFile file = SourceFile.of("t.mlir", "x // expected-error {{one}}\ny // expected-error {{two}}\n");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ONLY_EXPECTED);
        v.handle(at(Severity.ERROR, "t.mlir", 1, 1, "one"));
        v.handle(at(Severity.ERROR, "t.mlir", 1, 1, "unexpected but ignored"));
        v.handle(at(Severity.WARNING, "t.mlir", 2, 1, "two, near miss ignored too"));
        assertThat(v.verify()).isFalse();
        assertThat(output()).startsWith("t.mlir:2:6: error: expected error \"two\" was not produced\n");
    }

    @Test
    void aChunkVerifierReadsOnlyItsChunkWithWholeFileLines() {
        SourceFile whole = SourceFile.of("s.mlir", String.join("\n",
                "a // expected-error {{first chunk}}",
                "// -----",
                "b",
                "// expected-error@-1 {{second chunk}}",
                "// expected-error@above {{above}}",
                ""));
        int start = whole.lineEnd(2);
        SourceFile chunk = whole.chunk(start, whole.wholeLength());
        DiagnosticVerifier v = new DiagnosticVerifier(new SourceManager().add(whole), chunk,
                DiagnosticVerifier.Level.ALL, out);
        // A diagnostic satisfies only the first expectation it matches.
        v.handle(at(Severity.ERROR, "s.mlir", 3, 1, "second chunk and above"));
        v.handle(at(Severity.ERROR, "s.mlir", 3, 1, "above"));
        assertThat(v.verify()).isTrue();
        assertThat(output()).isEmpty();
        assertThat(output()).isEmpty();
    }

    @Test
    void teardownRepeatsUnknownLocationFailures() {
        SourceFile file = SourceFile.of("t.mlir", "// expected-remark@unknown {{r}}\n");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        assertThat(v.verify()).isFalse();
        v.close();
        String line = "<unknown>:0: error: expected remark \"r\" was not produced\n";
        assertThat(output()).isEqualTo(line + line);
    }

    @Test
    void malformedRegexIsReportedAtOnceAndFails() {
        SourceFile file = SourceFile.of("t.mlir", "// expected-error-re {{{{[}}}}\n");
        DiagnosticVerifier v = verifier(file, DiagnosticVerifier.Level.ALL);
        assertThat(output()).isEqualTo("""
                t.mlir:1:4: error: invalid regex: brackets ([ ]) not balanced
                // expected-error-re {{{{[}}}}
                   ^~~~~
                """);
        assertThat(v.verify()).isFalse();
    }
}
