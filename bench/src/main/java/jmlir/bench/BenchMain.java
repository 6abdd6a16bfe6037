package jmlir.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.ProfilerConfig;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * Runs the JMH suite ({@code java -jar bench/target/benchmarks.jar [--quick] [JMH options]}).
 *
 * <p>Takes JMH's own command line. A benchmark class marked {@link Needs} runs only the
 * workloads jmlir can handle today ({@link Stage#check}); the others are listed as unsupported
 * at the end, next to the summary of every result. {@code --quick} is a smoke run: one fork,
 * one short warm-up and measurement iteration, and the small workloads of
 * {@link Workloads#QUICK}. {@code -h}, {@code -l}, {@code -lp}, {@code -lprof}, {@code -lrf} go
 * to JMH unchanged; with {@code -p workload=...} the workloads are the user's, unfiltered.
 */
public final class BenchMain {
    /**
     * JVM flags of the forks unless {@code -jvmArgsPrepend} is given: the heap layout and
     * collector bin/jmlir-opt runs with, and JMH's use of sun.misc.Unsafe allowed without a warning.
     */
    static final String[] FORK_FLAGS = {"-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders",
        "--sun-misc-unsafe-memory-access=allow"};

    private static final Set<String> JMH_ONLY = Set.of("-h", "-help", "--help", "-l", "-lp", "-lprof", "-lrf");

    private BenchMain() {
    }

    public static void main(String[] argv) throws Exception {
        boolean quick = false;
        List<String> args = new ArrayList<>();
        for (String a : argv) {
            if (a.equals("--quick")) quick = true;
            else args.add(a);
        }
        if (args.stream().anyMatch(JMH_ONLY::contains)) {
            if (args.contains("-h") || args.contains("-help") || args.contains("--help")) {
                System.out.println("jmlir benchmarks: [--quick] [JMH options]; --quick is a short smoke run.\n");
            }
            org.openjdk.jmh.Main.main(args.toArray(String[]::new));
            return;
        }
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(run(cmd, quick));
    }

    private record Group(List<String> benchmarks, List<String> workloads) {
    }

    private static int run(CommandLineOptions cmd, boolean quick) throws RunnerException, IOException {
        VerboseMode verbosity = cmd.verbosity().orElse(VerboseMode.NORMAL);
        OutputFormat out = OutputFormatFactory.createFormatInstance(System.out, verbosity);
        List<String> includes = cmd.getIncludes().isEmpty() ? List.of(".*") : cmd.getIncludes();
        SortedSet<BenchmarkListEntry> entries = BenchmarkList.defaultList().find(out, includes, cmd.getExcludes());
        if (entries.isEmpty()) {
            System.err.println("No matching benchmarks. Miss-spelled regexp? Use -l to list them.");
            return 1;
        }
        boolean userWorkloads = cmd.getParameter("workload").hasValue();

        // Benchmarks without a Needs stage (or with workloads chosen by the user) run together;
        // each class with a stage runs with the workloads it supports.
        List<Group> groups = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Map<String, List<BenchmarkListEntry>> byClass = new LinkedHashMap<>();
        for (BenchmarkListEntry e : entries) {
            Needs needs = userWorkloads ? null : needs(e.getUserClassQName());
            if (needs == null) plain.add(e.getUsername());
            else byClass.computeIfAbsent(e.getUserClassQName(), k -> new ArrayList<>()).add(e);
        }
        if (!plain.isEmpty()) groups.add(new Group(plain, null));
        List<String> unsupported = new ArrayList<>();
        for (Map.Entry<String, List<BenchmarkListEntry>> c : byClass.entrySet()) {
            Stage stage = needs(c.getKey()).value();
            String simpleName = c.getKey().substring(c.getKey().lastIndexOf('.') + 1);
            List<String> candidates = workloadParam(c.getValue().getFirst());
            if (quick) candidates = candidates.stream().filter(Workloads.QUICK::contains).toList();
            List<String> supported = new ArrayList<>();
            for (String w : candidates) {
                String why = stage.check(w);
                if (why == null) supported.add(w);
                else unsupported.add(simpleName + " " + w + ": " + why);
            }
            if (!supported.isEmpty()) {
                groups.add(new Group(c.getValue().stream().map(BenchmarkListEntry::getUsername).toList(), supported));
            }
        }

        List<RunResult> results = new ArrayList<>();
        for (Group g : groups) {
            ChainedOptionsBuilder b = copy(cmd, quick);
            for (String name : g.benchmarks()) b.include("^" + Pattern.quote(name) + "$");
            if (g.workloads() != null) b.param("workload", g.workloads().toArray(String[]::new));
            results.addAll(new Runner(b.build(), new NoSummary(out)).run());
        }

        System.out.println();
        if (!unsupported.isEmpty()) {
            System.out.println("Unsupported by jmlir today (not run):");
            for (String u : unsupported) System.out.println("  " + u);
            System.out.println();
        }
        if (!results.isEmpty()) {
            ResultFormatFactory.getInstance(ResultFormatType.TEXT, System.out).writeOut(results);
        }
        if (cmd.getResult().hasValue() || cmd.getResultFormat().hasValue()) {
            ResultFormatType type = cmd.getResultFormat().orElse(ResultFormatType.CSV);
            String file = cmd.getResult().orElse("jmh-result." + type.toString().toLowerCase());
            ResultFormatFactory.getInstance(type, file).writeOut(results);
            System.out.println("Results written to " + file);
        }
        return 0;
    }

    private static Needs needs(String className) {
        try {
            return Class.forName(className).getAnnotation(Needs.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<String> workloadParam(BenchmarkListEntry e) {
        Map<String, String[]> params = e.getParams().orElse(Map.of());
        String[] values = params.get("workload");
        return values == null ? List.of() : Arrays.asList(values);
    }

    /**
     * The user's options without includes, excludes and result file (the runner sets those per
     * group and writes one result file at the end), with the {@code --quick} settings where the
     * user gave none.
     */
    static ChainedOptionsBuilder copy(Options o, boolean quick) {
        ChainedOptionsBuilder b = new OptionsBuilder();
        when(o.getOutput(), b::output);
        when(o.shouldDoGC(), b::shouldDoGC);
        for (ProfilerConfig p : o.getProfilers()) b.addProfiler(p.getKlass(), p.getOpts());
        when(o.verbosity(), b::verbosity);
        when(o.shouldFailOnError(), b::shouldFailOnError);
        when(o.getThreads(), b::threads);
        when(o.getThreadGroups(), b::threadGroups);
        when(o.shouldSyncIterations(), b::syncIterations);
        when(o.getWarmupBatchSize(), b::warmupBatchSize);
        when(o.getWarmupMode(), b::warmupMode);
        for (String w : o.getWarmupIncludes()) b.includeWarmup(w);
        when(o.getMeasurementBatchSize(), b::measurementBatchSize);
        for (var m : o.getBenchModes()) b.mode(m);
        when(o.getTimeUnit(), b::timeUnit);
        when(o.getOperationsPerInvocation(), b::operationsPerInvocation);
        when(o.getWarmupForkCount(), b::warmupForks);
        when(o.getJvm(), b::jvm);
        when(o.getJvmArgs(), a -> b.jvmArgs(a.toArray(String[]::new)));
        when(o.getJvmArgsAppend(), a -> b.jvmArgsAppend(a.toArray(String[]::new)));
        if (o.getJvmArgsPrepend().hasValue()) b.jvmArgsPrepend(o.getJvmArgsPrepend().get().toArray(String[]::new));
        else b.jvmArgsPrepend(FORK_FLAGS);
        when(o.getParameter("workload"), v -> b.param("workload", v.toArray(String[]::new)));
        when(o.getTimeout(), b::timeout);
        setOr(o.getForkCount(), quick, 1, b::forks);
        setOr(o.getWarmupIterations(), quick, 1, b::warmupIterations);
        setOr(o.getMeasurementIterations(), quick, 1, b::measurementIterations);
        setOr(o.getWarmupTime(), quick, TimeValue.milliseconds(200), b::warmupTime);
        setOr(o.getMeasurementTime(), quick, TimeValue.milliseconds(300), b::measurementTime);
        return b;
    }

    private static <T> void when(org.openjdk.jmh.util.Optional<T> value, java.util.function.Consumer<T> set) {
        if (value.hasValue()) set.accept(value.get());
    }

    private static <T> void setOr(org.openjdk.jmh.util.Optional<T> value, boolean quick, T quickValue,
                                  java.util.function.Consumer<T> set) {
        if (value.hasValue()) set.accept(value.get());
        else if (quick) set.accept(quickValue);
    }

    /** JMH's console output, without the summary each run prints: one summary comes at the end. */
    private record NoSummary(OutputFormat out) implements OutputFormat {
        @Override
        public void iteration(BenchmarkParams bp, IterationParams ip, int n) {
            out.iteration(bp, ip, n);
        }

        @Override
        public void iterationResult(BenchmarkParams bp, IterationParams ip, int n, IterationResult r) {
            out.iterationResult(bp, ip, n, r);
        }

        @Override
        public void startBenchmark(BenchmarkParams bp) {
            out.startBenchmark(bp);
        }

        @Override
        public void endBenchmark(BenchmarkResult r) {
            out.endBenchmark(r);
        }

        @Override
        public void startRun() {
            out.startRun();
        }

        @Override
        public void endRun(Collection<RunResult> results) {
            out.flush();
        }

        @Override
        public void print(String s) {
            out.print(s);
        }

        @Override
        public void println(String s) {
            out.println(s);
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }

        @Override
        public void verbosePrintln(String s) {
            out.verbosePrintln(s);
        }

        @Override
        public void write(int b) {
            out.write(b);
        }

        @Override
        public void write(byte[] b) throws IOException {
            out.write(b);
        }
    }
}
