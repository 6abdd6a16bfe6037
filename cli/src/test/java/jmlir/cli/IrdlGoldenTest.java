package jmlir.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs jmlir-opt in-process on IRDL inputs and compares with mlir-opt 22's output, checked in
 * under dialects/src/test/resources/irdl (its README says how each golden was made).
 */
class IrdlGoldenTest {
    private static final Path ROOT = Path.of("..");
    private static final Path GOLDENS = ROOT.resolve("dialects/src/test/resources/irdl");

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JmlirOpt.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String golden(String name) throws Exception {
        return Files.readString(GOLDENS.resolve(name));
    }

    private static String path(Path p) {
        return p.toString();
    }

    @Test
    void cmathExampleMatchesMlirOpt() throws Exception {
        Run r = run("--irdl-file=" + path(ROOT.resolve("examples/cmath.irdl.mlir")),
                path(ROOT.resolve("examples/cmath-use.mlir")));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(golden("cmath-use.golden"));
    }

    @Test
    void irdlDialectPrintsLikeMlirOpt() throws Exception {
        assertThat(run(path(ROOT.resolve("examples/cmath.irdl.mlir"))).out()).isEqualTo(golden("cmath.irdl.golden"));
        assertThat(run("--mlir-print-op-generic", path(ROOT.resolve("examples/cmath.irdl.mlir"))).out())
                .isEqualTo(golden("cmath.irdl.generic.golden"));
        assertThat(run(path(GOLDENS.resolve("syntax.irdl.mlir"))).out()).isEqualTo(golden("syntax.irdl.golden"));
    }

    @Test
    void constraintViolationsReportMlirOptErrors() throws Exception {
        Run r = run("--allow-unregistered-dialect", "--split-input-file",
                "--irdl-file=" + path(GOLDENS.resolve("constraints.irdl.mlir")),
                path(GOLDENS.resolve("constraints-invalid.mlir")));
        String errors = Arrays.stream(r.err().split("\n")).filter(l -> l.contains(": error: "))
                .map(l -> l.replace(path(GOLDENS) + "/", "dialects/src/test/resources/irdl/"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(r.code()).isNotZero();
        // mlir-opt also checks an op's regions after a failed constraint and reports a second
        // error at the same place; jmlir stops at the first one, so those second errors are left out.
        StringBuilder expected = new StringBuilder();
        String previous = "";
        for (String line : golden("constraints-invalid.errors.golden").split("\n")) {
            String at = line.substring(0, line.indexOf(": error: "));
            if (!at.equals(previous)) expected.append(line).append('\n');
            previous = at;
        }
        assertThat(errors).isEqualTo(expected.toString());
    }
}
