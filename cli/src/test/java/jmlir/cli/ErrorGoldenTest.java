package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad inputs must give mlir-opt's diagnostics, byte for byte (goldens made by mlir-opt 22). */
class ErrorGoldenTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ErrorGoldenTest.class.getResourceAsStream("/errors/" + name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static void assertMatchesGolden(String name, String... flags) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = java.util.Arrays.copyOf(flags, flags.length + 2);
        args[flags.length] = "--split-input-file";
        args[flags.length + 1] = "-";
        int code = JmlirOpt.run(args, new ByteArrayInputStream(resource(name + ".mlir")), new PrintStream(out),
                new PrintStream(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(resource(name + ".stderr"), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void parseErrorsMatchMlirOpt() throws IOException {
        assertMatchesGolden("parse-errors", "--allow-unregistered-dialect");
    }

    @Test
    void literalRangeAndKindErrorsMatchMlirOpt() throws IOException {
        assertMatchesGolden("literal-errors", "--allow-unregistered-dialect");
    }

    @Test
    void funcDialectErrorsMatchMlirOpt() throws IOException {
        assertMatchesGolden("func-errors", "--allow-unregistered-dialect");
    }

    @Test
    void unregisteredOpsAndBuiltinConstraintsMatchMlirOpt() throws IOException {
        assertMatchesGolden("unregistered");
    }

    @Test
    void arithCastErrorsMatchMlirOpt() throws IOException {
        assertMatchesGolden("arith-cast-errors");
    }
}
