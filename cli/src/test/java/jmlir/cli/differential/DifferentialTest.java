package jmlir.cli.differential;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of jmlir-opt's --canonicalize and --cse against mlir-opt 22 on random
 * func/arith modules ({@link ArithProgramGenerator}).
 *
 * <p>Stored cases: each {@code seed-NNNN.mlir} under {@code cli/src/test/resources/differential}
 * with mlir-opt's output for every pipeline that has a {@code seed-NNNN.<pipeline>.out} file
 * (scripts/differential-goldens writes them). Fresh cases, when mlir-opt 22 is installed: a
 * number of new seeds ({@code -Djmlir.differential.count}, default 20) from
 * {@code -Djmlir.differential.seed} or else from today's date, compared with mlir-opt run now.
 * A mismatch reports the seed, the input and a unified diff.
 */
class DifferentialTest {
    private static final String NEEDS_PASSES =
            "needs jmlir-opt's --canonicalize and --cse (pass manager, canonicalize and cse passes)";
    private static final int DEFAULT_FRESH_COUNT = 20;

    @Disabled(NEEDS_PASSES)
    @TestFactory
    Stream<DynamicTest> storedCasesMatchMlirOpt() throws IOException {
        Path dir = repositoryRoot().resolve("cli/src/test/resources/differential");
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> p.getFileName().toString().matches("seed-\\d+\\.mlir")).sorted().toList();
        }
        if (inputs.isEmpty()) fail("no stored cases in " + dir + " (scripts/differential-goldens writes them)");
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            for (Pipeline p : Pipeline.values()) {
                Path golden = input.resolveSibling(p.goldenName(name));
                if (!Files.exists(golden)) continue;
                tests.add(DynamicTest.dynamicTest(name + " " + p.commandLine(), () -> {
                    String text = Files.readString(input);
                    check(name + " (" + dir.relativize(golden.getParent()).resolve(golden.getFileName()) + ")",
                            text, p, Files.readString(golden), "");
                }));
            }
        }
        return tests.stream();
    }

    @Disabled(NEEDS_PASSES)
    @TestFactory
    Stream<DynamicTest> freshSeedsMatchMlirOpt() {
        return fresh(seed -> seed % 4 == 0
                ? List.of(Pipeline.CANONICALIZE_CSE, Pipeline.CANONICALIZE, Pipeline.CSE)
                : List.of(Pipeline.CANONICALIZE_CSE));
    }

    /** Without passes: the generated modules parse and print as mlir-opt prints them. */
    @TestFactory
    Stream<DynamicTest> freshSeedsPrintLikeMlirOpt() {
        return fresh(seed -> List.of(Pipeline.PRINT));
    }

    private interface PipelinesForSeed {
        List<Pipeline> of(long seed);
    }

    private Stream<DynamicTest> fresh(PipelinesForSeed pipelines) {
        Path mlirOpt = Tools.findMlirOpt();
        assumeTrue(mlirOpt != null, "mlir-opt 22 not found (install mlir-22-tools, or set MLIR_OPT)");
        Long property = Long.getLong("jmlir.differential.seed");
        // A new range of seeds every day, far above the stored cases' seeds.
        long first = property != null ? property : 1_000_000L + LocalDate.now(ZoneOffset.UTC).toEpochDay() * 1000;
        int count = Integer.getInteger("jmlir.differential.count", DEFAULT_FRESH_COUNT);
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = first; seed < first + count; seed++) {
            long s = seed;
            for (Pipeline p : pipelines.of(seed)) {
                tests.add(DynamicTest.dynamicTest("seed " + s + " " + p.commandLine(), () -> {
                    String input = ArithProgramGenerator.generate(s);
                    Tools.Run expected = Tools.mlirOpt(mlirOpt, p.flags, input);
                    // The generator avoids mlir-opt's known crashes; a new one is mlir-opt's problem.
                    if (expected.code() != 0) {
                        abort("mlir-opt " + p.commandLine() + " failed on seed " + s + ": "
                                + expected.err().lines().findFirst().orElse(""));
                    }
                    check("seed " + s, input, p, expected.out(), "reproduce with -Djmlir.differential.seed=" + s
                            + " -Djmlir.differential.count=1, or print the input with "
                            + ArithProgramGenerator.class.getName() + " " + s + "\n");
                }));
            }
        }
        return tests.stream();
    }

    private static void check(String caseName, String input, Pipeline p, String expected, String reproduce) {
        Tools.Run actual = Tools.jmlirOpt(p.flags, input);
        if (actual.code() == 0 && actual.out().equals(expected)) return;
        StringBuilder message = new StringBuilder();
        message.append(caseName).append(": jmlir-opt ").append(p.commandLine())
                .append(actual.code() == 0 ? " prints differently from mlir-opt\n" : " failed (exit code "
                        + actual.code() + ")\n");
        message.append(reproduce);
        if (!actual.err().isEmpty()) message.append("jmlir-opt's errors:\n").append(actual.err());
        message.append("input:\n").append(input);
        message.append(UnifiedDiff.of("mlir-opt", expected, "jmlir-opt", actual.out()));
        fail(message.toString());
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("jmlir.root");
        return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }
}
