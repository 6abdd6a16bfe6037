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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of jmlir-opt's --canonicalize and --cse against mlir-opt 22 on random
 * func/arith modules ({@link ArithProgramGenerator}).
 *
 * <p>Stored cases: each {@code seed-NNNN.mlir} under {@code cli/src/test/resources/differential}
 * with mlir-opt's output for every pipeline that has a {@code seed-NNNN.<pipeline>.out} file
 * (scripts/differential-goldens writes them). They are a ratchet: the cases named in
 * {@code conformance/differential-expected-pass.txt} (as {@code seed-NNNN.<pipeline>}) must match;
 * the others are reported as skipped until they do. {@code -Djmlir.updateDifferentialList=true}
 * rewrites the list from the run.
 *
 * <p>Fresh cases, when mlir-opt 22 is installed: new seeds ({@code -Djmlir.differential.count},
 * default 20) from {@code -Djmlir.differential.seed}, else from today's date, compared with
 * mlir-opt run now; every one must match. Without passes always; with a pipeline once every
 * stored case of that pipeline is on the list ({@code -Djmlir.differential.fresh=all}: always).
 *
 * <p>A mismatch reports the seed, the input and a unified diff; the pass rates go to
 * {@code cli/target/differential-report.txt}.
 */
class DifferentialTest {
    private static final String LIST = "conformance/differential-expected-pass.txt";
    private static final String CASES = "cli/src/test/resources/differential";
    private static final int DEFAULT_FRESH_COUNT = 20;

    private static final Set<String> storedPassed = new ConcurrentSkipListSet<>();
    private static final Set<String> storedFailed = new ConcurrentSkipListSet<>();
    private static final Set<String> freshPassed = new ConcurrentSkipListSet<>();
    private static final Set<String> freshFailed = new ConcurrentSkipListSet<>();
    private static final Set<String> notes = new ConcurrentSkipListSet<>();

    @TestFactory
    Stream<DynamicTest> storedCasesMatchMlirOpt() throws IOException {
        Path root = repositoryRoot();
        Set<String> listed = readList(root);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path input : storedInputs(root)) {
            String name = input.getFileName().toString();
            for (Pipeline p : Pipeline.values()) {
                Path golden = input.resolveSibling(p.goldenName(name));
                if (!Files.exists(golden)) continue;
                String id = caseId(golden);
                tests.add(DynamicTest.dynamicTest(id + " (" + p.commandLine() + ")", () -> {
                    String mismatch = mismatch(CASES + "/" + golden.getFileName(), Files.readString(input), p,
                            Files.readString(golden), "");
                    if (mismatch == null) {
                        storedPassed.add(id);
                        return;
                    }
                    storedFailed.add(id);
                    if (listed.contains(id)) fail(mismatch);
                    abort(id + " does not match mlir-opt yet (not on " + LIST + ")");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> freshSeedsMatchMlirOpt() throws IOException {
        Path mlirOpt = Tools.findMlirOpt();
        assumeTrue(mlirOpt != null, "mlir-opt 22 not found (install mlir-22-tools, or set MLIR_OPT)");
        Set<Pipeline> checked = freshPipelines(repositoryRoot());
        Long property = Long.getLong("jmlir.differential.seed");
        // A new range of seeds every day, far above the stored cases' seeds.
        long first = property != null ? property : 1_000_000L + LocalDate.now(ZoneOffset.UTC).toEpochDay() * 1000;
        int count = Integer.getInteger("jmlir.differential.count", DEFAULT_FRESH_COUNT);
        notes.add("fresh seeds " + first + " .. " + (first + count - 1) + ", pipelines: "
                + String.join("; ", checked.stream().map(Pipeline::commandLine).toList()));
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = first; seed < first + count; seed++) {
            for (Pipeline p : checked) {
                // Each pass alone on every fourth seed, as in the stored cases.
                if ((p == Pipeline.CANONICALIZE || p == Pipeline.CSE) && seed % 4 != 0) continue;
                tests.add(freshCase(mlirOpt, seed, p));
            }
        }
        return tests.stream();
    }

    private static DynamicTest freshCase(Path mlirOpt, long seed, Pipeline p) {
        return DynamicTest.dynamicTest("seed " + seed + " (" + p.commandLine() + ")", () -> {
            String input = ArithProgramGenerator.generate(seed);
            Tools.Run expected = Tools.mlirOpt(mlirOpt, p.flags, input);
            // The generator avoids mlir-opt's known crashes; a new one is mlir-opt's problem.
            if (expected.code() != 0) {
                notes.add("mlir-opt " + p.commandLine() + " failed on seed " + seed);
                abort("mlir-opt " + p.commandLine() + " failed on seed " + seed + ": "
                        + expected.err().lines().findFirst().orElse(""));
            }
            String mismatch = mismatch("seed " + seed, input, p, expected.out(), "reproduce with "
                    + "-Djmlir.differential.seed=" + seed + " -Djmlir.differential.count=1 (and "
                    + "-Djmlir.differential.fresh=all), or print the input with "
                    + ArithProgramGenerator.class.getName() + " " + seed + "\n");
            String id = "seed " + seed + " " + p.commandLine();
            if (mismatch == null) {
                freshPassed.add(id);
            } else {
                freshFailed.add(id);
                fail(mismatch);
            }
        });
    }

    /** No passes always; a pipeline once all its stored cases are listed, or all with -Djmlir.differential.fresh=all. */
    private static Set<Pipeline> freshPipelines(Path root) throws IOException {
        Set<String> listed = readList(root);
        boolean all = "all".equals(System.getProperty("jmlir.differential.fresh"));
        Map<Pipeline, Boolean> complete = new EnumMap<>(Pipeline.class);
        for (Pipeline p : Pipeline.values()) complete.put(p, true);
        for (Path input : storedInputs(root)) {
            for (Pipeline p : Pipeline.values()) {
                Path golden = input.resolveSibling(p.goldenName(input.getFileName().toString()));
                if (Files.exists(golden) && !listed.contains(caseId(golden))) complete.put(p, false);
            }
        }
        Set<Pipeline> checked = EnumSet.noneOf(Pipeline.class);
        for (Pipeline p : Pipeline.values()) {
            if (p == Pipeline.PRINT || all || complete.get(p)) checked.add(p);
        }
        return checked;
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path root = repositoryRoot();
        StringBuilder s = new StringBuilder();
        if (!storedPassed.isEmpty() || !storedFailed.isEmpty()) {
            s.append("differential, stored cases (").append(CASES).append("):\n");
            for (Pipeline p : Pipeline.values()) {
                long passed = storedPassed.stream().filter(id -> id.endsWith("." + p.suffix)).count();
                long failed = storedFailed.stream().filter(id -> id.endsWith("." + p.suffix)).count();
                if (passed + failed == 0) continue;
                s.append(String.format("  %-22s %d of %d match mlir-opt%n", p.commandLine(), passed, passed + failed));
            }
            Set<String> listed = readList(root);
            if (Boolean.getBoolean("jmlir.updateDifferentialList")) {
                Files.writeString(root.resolve(LIST), storedPassed.isEmpty() ? "" : String.join("\n", storedPassed)
                        + "\n");
                s.append("wrote ").append(storedPassed.size()).append(" case(s) to ").append(LIST).append('\n');
            } else {
                List<String> newly = storedPassed.stream().filter(id -> !listed.contains(id)).toList();
                if (!newly.isEmpty()) {
                    s.append("  ").append(newly.size()).append(" newly passing (add to ").append(LIST)
                            .append(", or run the tests with -Djmlir.updateDifferentialList=true)\n");
                }
            }
        }
        if (!freshPassed.isEmpty() || !freshFailed.isEmpty()) {
            s.append("differential, fresh seeds: ").append(freshPassed.size()).append(" of ")
                    .append(freshPassed.size() + freshFailed.size()).append(" match mlir-opt\n");
            for (String f : freshFailed) s.append("  differs: ").append(f).append('\n');
        }
        for (String n : notes) s.append("  ").append(n).append('\n');
        Path report = root.resolve("cli/target/differential-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, s);
    }

    /** Null when jmlir-opt prints exactly the expected text, else a message with the input and a diff. */
    private static String mismatch(String caseName, String input, Pipeline p, String expected, String reproduce) {
        Tools.Run actual = Tools.jmlirOpt(p.flags, input);
        if (actual.code() == 0 && actual.out().equals(expected)) return null;
        StringBuilder message = new StringBuilder();
        message.append(caseName).append(": jmlir-opt ").append(p.commandLine())
                .append(actual.code() == 0 ? " prints differently from mlir-opt\n" : " failed (exit code "
                        + actual.code() + ")\n");
        message.append(reproduce);
        if (!actual.err().isEmpty()) message.append("jmlir-opt's errors:\n").append(actual.err());
        message.append("input:\n").append(input);
        message.append(UnifiedDiff.of("mlir-opt", expected, "jmlir-opt", actual.out()));
        return message.toString();
    }

    /** A stored case's name in the list: the golden file's name without {@code .out}. */
    private static String caseId(Path golden) {
        return golden.getFileName().toString().replaceFirst("\\.out$", "");
    }

    private static List<Path> storedInputs(Path root) throws IOException {
        Path dir = root.resolve(CASES);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> p.getFileName().toString().matches("seed-\\d+\\.mlir")).sorted().toList();
        }
        if (inputs.isEmpty()) fail("no stored cases in " + dir + " (scripts/differential-goldens writes them)");
        return inputs;
    }

    private static Set<String> readList(Path root) throws IOException {
        Path list = root.resolve(LIST);
        Set<String> listed = new TreeSet<>();
        if (!Files.exists(list)) return listed;
        for (String line : Files.readAllLines(list)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) listed.add(l);
        }
        return listed;
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("jmlir.root");
        return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }
}
