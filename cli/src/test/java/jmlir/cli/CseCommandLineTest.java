package jmlir.cli;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs jmlir-opt in-process on the cse goldens of transforms/src/test/resources/cse, with the
 * options of each input's {@code // ARGS:} line, and compares with what mlir-opt 22 printed.
 */
class CseCommandLineTest {
    private static final Path GOLDENS = Path.of("../transforms/src/test/resources/cse");

    @ParameterizedTest
    @ValueSource(strings = {"arith", "cfg", "unregistered", "locations", "nested-regions", "effects", "effects-locations"})
    void printsWhatMlirOptPrints(String name) throws Exception {
        if (name.startsWith("effects")) {
            Context context = Dialects.registerAll(new Context());
            Assumptions.assumeTrue(context.isRegisteredDialect("memref") && context.isRegisteredDialect("scf"),
                    "needs the memref and scf dialects");
        }
        Path input = GOLDENS.resolve(name + ".mlir");
        String argsLine = Files.readAllLines(input).getFirst().replaceFirst("^// ARGS:", "").trim();
        List<String> args = new ArrayList<>();
        for (String a : argsLine.split("\\s+")) {
            args.add(a.startsWith("--irdl-file=") ? "--irdl-file=" + GOLDENS.resolve(a.substring(12)) : a);
        }
        args.add(input.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JmlirOpt.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        // Locations name the file as it was given on the command line.
        String printed = out.toString(StandardCharsets.UTF_8).replace(GOLDENS + "/", "");
        assertThat(printed).isEqualTo(Files.readString(GOLDENS.resolve(name + ".out")));
    }
}
