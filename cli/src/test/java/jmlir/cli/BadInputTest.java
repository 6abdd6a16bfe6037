package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile inputs end in a diagnostic (or valid output), never a stack trace or a crash. */
class BadInputTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(byte[] input, String... flags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = Arrays.copyOf(flags, flags.length + 1);
        args[flags.length] = "-";
        int code = JmlirOpt.run(args, new ByteArrayInputStream(input), new PrintStream(out), new PrintStream(err));
        return new Run(code, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    /** Only the first line, so that a failure does not print megabytes of source. */
    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void tenThousandNestedRegionsParseAndPrint() {
        int depth = 10_000;
        String input = "\"foo.a\"() ({".repeat(depth) + "}) : () -> ()".repeat(depth);
        Run r = run(bytes(input), "--allow-unregistered-dialect", "--mlir-print-op-generic");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        String prefix = "\"builtin.module\"() ({\n  \"foo.a\"() ({\n    \"foo.a\"() ({\n";
        assertThat(r.out().substring(0, prefix.length())).isEqualTo(prefix);
    }

    @Test
    void truncatedNestingIsAnError() {
        Run r = run(bytes("\"foo.a\"() ({".repeat(10_000)), "--allow-unregistered-dialect");
        assertThat(r.code()).isEqualTo(1);
        assertThat(firstLine(r.err())).isEqualTo("<stdin>:1:120000: error: expected operation name in quotes");
    }

    @Test
    void hundredMegabyteUnterminatedStringIsAnError() {
        byte[] input = new byte[100 << 20];
        Arrays.fill(input, (byte) 'x');
        byte[] head = bytes("\"foo.a\"() {s = \"");
        System.arraycopy(head, 0, input, 0, head.length);
        Run r = run(input, "--allow-unregistered-dialect");
        assertThat(r.code()).isEqualTo(1);
        assertThat(firstLine(r.err())).isEqualTo("<stdin>:1:" + (input.length + 1)
                + ": error: expected '\"' in string literal");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidUtf8OutsideStringsIsAnUnexpectedCharacter() {
        Run r = run(new byte[]{'"', 'f', '.', 'a', '"', '(', ')', ' ', (byte) 0xff}, "--allow-unregistered-dialect");
        assertThat(r.code()).isEqualTo(1);
        assertThat(firstLine(r.err())).isEqualTo("<stdin>:1:9: error: unexpected character");
    }

    @Test
    void invalidUtf8InsideStringsIsKeptAsBytes() {
        Run r = run(bytes("\"f.a\"() {s = \"\u00ff\u00fe\"} : () -> ()"), "--allow-unregistered-dialect");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("{s = \"\\FF\\FE\"}");
    }

    @Test
    void emptyInputIsAnEmptyModule() {
        Run r = run(new byte[0]);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("module {\n}\n\n");
    }

    @Test
    void unknownFlagIsAUsageError() {
        Run r = run(new byte[0], "--no-such-flag");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Unknown command line argument '--no-such-flag'");
    }
}
