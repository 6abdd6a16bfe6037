package jmlir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus ratchet. For every file F in {@code ../shared/conformance/real/INDEX.tsv},
 * G = {@code mlir-opt [--split-input-file] --mlir-print-op-generic F} (cached under
 * {@code cli/target/real-generic/}); then {@code jmlir-opt --allow-unregistered-dialect
 * --mlir-print-op-generic [--split-input-file] G} must print exactly G, and reading that output
 * back from stdin must print it again. Files listed in {@code conformance/real-expected-pass.txt}
 * must pass; a passing file that is not listed is reported in
 * {@code cli/target/real-corpus-report.txt}. {@code -Djmlir.updateRealList=true} rewrites the list
 * from this run.
 */
class RealCorpusTest {
    private static final String LIST = "conformance/real-expected-pass.txt";
    private static final long RUN_TIMEOUT_SECONDS = 120;

    record Entry(String path, boolean split) {
    }

    @Test
    void realCorpusPrintsMlirOptGenericForm() throws Exception {
        Path root = repositoryRoot();
        Path report = root.resolve("cli/target/real-corpus-report.txt");
        Path shared = findShared(root);
        Path mlirOpt = findMlirOpt();
        String skip = shared == null
                ? "shared corpus not found (../shared beside " + root + ", or JMLIR_SHARED / -Djmlir.shared)"
                : mlirOpt == null
                        ? "mlir-opt 22 not found (install mlir-22-tools, or set MLIR_OPT or -Djmlir.mlirOpt)"
                        : null;
        if (skip != null) {
            Files.createDirectories(report.getParent());
            Files.writeString(report, "real corpus: skipped: " + skip + "\n");
        }
        assumeTrue(skip == null, () -> skip + ": real-corpus check skipped");
        Path real = shared.resolve("conformance/real");

        List<Entry> entries = readIndex(real.resolve("INDEX.tsv"));
        Path cache = root.resolve("cli/target/real-generic");
        List<String> problems = generate(mlirOpt, real, cache, entries);

        Set<String> passing = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        Set<String> listed = readList(root.resolve(LIST));
        for (Entry e : entries) {
            Path g = cache.resolve(e.path());
            String problem = Files.isRegularFile(g) ? check(g, e.split()) : "no mlir-opt output to compare with";
            if (problem == null) {
                passing.add(e.path());
            } else if (listed.contains(e.path())) {
                failures.add(e.path() + ": " + problem);
            }
        }
        Set<String> indexed = new TreeSet<>();
        entries.forEach(e -> indexed.add(e.path()));
        for (String path : listed) {
            if (!indexed.contains(path)) {
                failures.add(path + ": listed in " + LIST + " but not in INDEX.tsv");
            }
        }

        boolean update = Boolean.getBoolean("jmlir.updateRealList");
        if (update) {
            Files.writeString(root.resolve(LIST), passing.isEmpty() ? "" : String.join("\n", passing) + "\n");
        }
        List<String> newlyPassing = passing.stream().filter(p -> !listed.contains(p)).toList();
        writeReport(report, entries.size(), passing.size(), newlyPassing, update, problems);

        if (!update && !failures.isEmpty()) {
            fail(failures.size() + " file(s) listed in " + LIST + " no longer pass:\n"
                    + String.join("\n", failures.subList(0, Math.min(failures.size(), 10)))
                    + (failures.size() > 10 ? "\n... and " + (failures.size() - 10) + " more" : ""));
        }
    }

    /**
     * The files whose ops all come from builtin, func and arith print as mlir-opt prints them in
     * custom form, and after {@code --canonicalize --cse}; read from their generic form (cached
     * by the test above, so it runs after it when both run).
     */
    @Test
    void coreDialectFilesMatchMlirOptInCustomFormAndAfterCanonicalizeAndCse() throws Exception {
        Path root = repositoryRoot();
        Path shared = findShared(root);
        Path mlirOpt = findMlirOpt();
        assumeTrue(shared != null && mlirOpt != null, "shared corpus or mlir-opt 22 not found");
        Path real = shared.resolve("conformance/real");
        List<Entry> entries = readIndex(real.resolve("INDEX.tsv"));
        Path cache = root.resolve("cli/target/real-generic");
        generate(mlirOpt, real, cache, entries);
        List<List<String>> modes = List.of(List.of(), List.of("--canonicalize", "--cse"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Entry e : entries) {
            Path g = cache.resolve(e.path());
            if (!Files.isRegularFile(g) || !onlyCoreDialectOps(Files.readString(g, UTF_8))) continue;
            checked++;
            for (List<String> mode : modes) {
                List<String> args = new ArrayList<>(mode);
                if (e.split()) args.add("--split-input-file");
                args.add(g.toString());
                List<String> command = new ArrayList<>(List.of(mlirOpt.toString()));
                command.addAll(args);
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String expected = new String(p.getInputStream().readAllBytes(), UTF_8);
                p.waitFor();
                Run actual = run(args, new byte[0]);
                String diff = actual.problem() != null ? actual.problem() : firstDifference(expected, actual.out());
                if (diff != null) failures.add(e.path() + " " + mode + ": " + diff);
            }
        }
        assertThat(checked).as("files of builtin, func and arith ops only").isGreaterThanOrEqualTo(16);
        assertThat(failures).isEmpty();
    }

    private static final java.util.regex.Pattern GENERIC_OP_NAME =
            java.util.regex.Pattern.compile("\"([a-z_][a-z_0-9]*)\\.[a-z_0-9.]+\"\\(");

    /** Whether every op of a generic-form text belongs to builtin, func or arith. */
    private static boolean onlyCoreDialectOps(String generic) {
        java.util.regex.Matcher m = GENERIC_OP_NAME.matcher(generic);
        while (m.find()) {
            if (!Set.of("builtin", "func", "arith").contains(m.group(1))) return false;
        }
        return true;
    }

    @Test
    void firstDifferenceShowsTheFirstDifferingLines() {
        assertThat(firstDifference("a\nb\nc\n", "a\nb\nc\n")).isNull();
        assertThat(firstDifference("a\nb\nc\nd\n", "a\nb\ncX\nd\n"))
                .isEqualTo("@@ line 3, column 2 @@\n a\n b\n-c\n+cX\n");
        assertThat(firstDifference("a\n", "a\nb\n")).isEqualTo("@@ line 2, column 1 @@\n a\n-(end of text)\n+b\n");
        assertThat(firstDifference("a\nb", "a\nb\n"))
                .isEqualTo("@@ line 2, column 2 @@\n a\n-b\\ (no newline at end)\n+b\n");
        String longLine = "x".repeat(100);
        assertThat(firstDifference(longLine + "A\n", longLine + "B\n"))
                .isEqualTo("@@ line 1, column 101 @@\n-..." + "x".repeat(40) + "A\n+..." + "x".repeat(40) + "B\n");
    }

    /**
     * Runs jmlir-opt on the file G, then on its own output read from stdin (the path a pipe takes);
     * returns null when both print G, else why not.
     */
    private static String check(Path generic, boolean split) throws IOException {
        String expected = Files.readString(generic, UTF_8);
        List<String> args = new ArrayList<>(List.of("--allow-unregistered-dialect", "--mlir-print-op-generic"));
        if (split) {
            args.add("--split-input-file");
        }
        List<String> fromFile = new ArrayList<>(args);
        fromFile.add(generic.toString());
        Run first = run(fromFile, new byte[0]);
        if (first.problem() != null) {
            return first.problem();
        }
        String diff = firstDifference(expected, first.out());
        if (diff != null) {
            return "output differs from mlir-opt's (-mlir-opt, +jmlir-opt)\n" + diff;
        }
        Run second = run(args, first.out().getBytes(UTF_8));
        if (second.problem() != null) {
            return "reading its own output from stdin: " + second.problem();
        }
        diff = firstDifference(first.out(), second.out());
        return diff == null ? null : "printing its own output again differs (-first, +second)\n" + diff;
    }

    private record Run(String out, String problem) {
    }

    /** Calls {@link JmlirOpt#run} in-process on a thread of its own, with a time limit. */
    private static Run run(List<String> args, byte[] stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = {-1};
        Throwable[] thrown = {null};
        Thread thread = new Thread(() -> {
            try (PrintStream o = new PrintStream(out, false, UTF_8); PrintStream e = new PrintStream(err, false, UTF_8);
                    InputStream in = new ByteArrayInputStream(stdin)) {
                exit[0] = JmlirOpt.run(args.toArray(String[]::new), in, o, e);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "jmlir-opt");
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(RUN_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run("", "interrupted");
        }
        if (thread.isAlive()) {
            return new Run("", "no result after " + RUN_TIMEOUT_SECONDS + " s");
        }
        if (thrown[0] != null) {
            StackTraceElement[] trace = thrown[0].getStackTrace();
            return new Run("", "threw " + thrown[0] + (trace.length > 0 ? " at " + trace[0] : ""));
        }
        if (exit[0] != 0) {
            String message = err.toString(UTF_8).strip().lines().limit(3).reduce((a, b) -> a + "\n  " + b).orElse("");
            return new Run("", "exit code " + exit[0] + (message.isEmpty() ? "" : ": " + message));
        }
        return new Run(out.toString(UTF_8), null);
    }

    /**
     * The first line where {@code actual} differs from {@code expected}, as a short unified-diff-like
     * excerpt (two lines of context, long lines cut around the first differing column), or null
     * if the texts are equal.
     */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> a = splitLines(expected);
        List<String> b = splitLines(actual);
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        String x = i < a.size() ? a.get(i) : null;
        String y = i < b.size() ? b.get(i) : null;
        int column = 0;
        while (x != null && y != null && column < x.length() && column < y.length()
                && x.charAt(column) == y.charAt(column)) {
            column++;
        }
        StringBuilder s = new StringBuilder("@@ line ").append(i + 1).append(", column ").append(column + 1)
                .append(" @@\n");
        for (int k = Math.max(0, i - 2); k < i; k++) {
            s.append(' ').append(excerpt(a.get(k), 0)).append('\n');
        }
        s.append('-').append(x == null ? "(end of text)" : excerpt(x, column)).append('\n');
        s.append('+').append(y == null ? "(end of text)" : excerpt(y, column)).append('\n');
        return s.toString();
    }

    /** At most 160 characters of {@code line}, starting a little before {@code column}. */
    private static String excerpt(String line, int column) {
        int from = column <= 60 ? 0 : column - 40;
        int to = Math.min(line.length(), from + 160);
        return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    }

    /** Lines without their terminators; a last line without a newline is marked. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines.set(lines.size() - 1, lines.getLast() + "\\ (no newline at end)");
        }
        return lines;
    }


    /** Fills the cache of mlir-opt generic prints, in parallel; returns what could not be made. */
    private static List<String> generate(Path mlirOpt, Path real, Path cache, List<Entry> entries)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Entry e : entries) {
                results.add(pool.submit(() -> generateOne(mlirOpt, real.resolve(e.path()), cache.resolve(e.path()), e.split())));
            }
            List<String> problems = new ArrayList<>();
            for (Future<String> r : results) {
                try {
                    if (r.get() != null) {
                        problems.add(r.get());
                    }
                } catch (java.util.concurrent.ExecutionException ex) {
                    problems.add(String.valueOf(ex.getCause()));
                }
            }
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String generateOne(Path mlirOpt, Path source, Path target, boolean split)
            throws IOException, InterruptedException {
        if (Files.isRegularFile(target)
                && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) >= 0) {
            return null;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".generic", ".tmp");
        try {
            List<String> command = new ArrayList<>(List.of(mlirOpt.toString()));
            if (split) {
                command.add("--split-input-file");
            }
            command.addAll(List.of("--mlir-print-op-generic", source.toString(), "-o", tmp.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (p.waitFor() != 0) {
                return source + ": mlir-opt failed: " + output.lines().findFirst().orElse("");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeReport(Path report, int files, int passed, List<String> newlyPassing,
            boolean updated, List<String> problems) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("real corpus: ").append(files).append(" files, ").append(passed).append(" passed, ")
                .append(files - passed).append(" failed\n");
        for (String p : problems) {
            s.append("mlir-opt: ").append(p).append('\n');
        }
        if (updated) {
            s.append("wrote ").append(passed).append(" file(s) to ").append(LIST).append('\n');
        } else if (!newlyPassing.isEmpty()) {
            s.append("newly passing (add to ").append(LIST)
                    .append(", or run the tests with -Djmlir.updateRealList=true):\n");
            newlyPassing.forEach(p -> s.append("  ").append(p).append('\n'));
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, s);
    }

    private static List<Entry> readIndex(Path index) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(index, UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 5 && !f[0].equals("path")) {
                entries.add(new Entry(f[0], f[4].equals("yes")));
            }
        }
        return entries;
    }

    private static Set<String> readList(Path list) throws IOException {
        Set<String> paths = new TreeSet<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, UTF_8)) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#")) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static Path repositoryRoot() {
        String root = System.getProperty("jmlir.root");
        return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }

    /**
     * The shared tree: -Djmlir.shared, $JMLIR_SHARED, ../shared beside the repository, or
     * ../shared beside the main checkout when the repository is a git worktree (as scripts/lib.sh).
     */
    static Path findShared(Path root) throws IOException {
        String configured = System.getProperty("jmlir.shared", System.getenv("JMLIR_SHARED"));
        if (configured != null && !configured.isEmpty()) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        Path beside = root.resolve("../shared").normalize();
        if (Files.isDirectory(beside)) {
            return beside;
        }
        Path dotGit = root.resolve(".git");
        if (Files.isRegularFile(dotGit)) {
            String gitDir = Files.readString(dotGit).strip();
            if (gitDir.startsWith("gitdir:")) {
                Path worktreeGitDir = root.resolve(gitDir.substring("gitdir:".length()).strip());
                Path commonDirFile = worktreeGitDir.resolve("commondir");
                if (Files.isRegularFile(commonDirFile)) {
                    Path common = worktreeGitDir.resolve(Files.readString(commonDirFile).strip()).normalize();
                    Path mainShared = common.resolve("../../shared").normalize();
                    if (common.endsWith(".git") && Files.isDirectory(mainShared)) {
                        return mainShared;
                    }
                }
            }
        }
        return null;
    }

    /** mlir-opt 22: -Djmlir.mlirOpt, $MLIR_OPT, /usr/lib/llvm-22/bin, or on PATH. */
    private static Path findMlirOpt() {
        List<String> candidates = new ArrayList<>();
        for (String c : new String[] {System.getProperty("jmlir.mlirOpt"), System.getenv("MLIR_OPT")}) {
            if (c != null && !c.isEmpty()) {
                candidates.add(c);
            }
        }
        candidates.add("/usr/lib/llvm-22/bin/mlir-opt");
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(dir + "/mlir-opt-22");
                candidates.add(dir + "/mlir-opt");
            }
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p) && isVersion22(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isVersion22(Path mlirOpt) {
        try {
            Process p = new ProcessBuilder(mlirOpt.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), UTF_8);
            return p.waitFor() == 0 && out.contains("LLVM version 22.");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
