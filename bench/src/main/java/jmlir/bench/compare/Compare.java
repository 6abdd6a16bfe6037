package jmlir.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs jmlir-opt, mlir-opt and (when {@code XDSL_OPT} names it) xdsl-opt as whole processes on
 * the same inputs, and writes the report and a line of history. Started by {@code bench/compare},
 * which finds the JDK, the shared tree and mlir-opt, and builds what is needed; run it with
 * {@code --help} for the options.
 */
public final class Compare {
    static final String USAGE = """
            usage: bench/compare [options]
              --quick            the two smallest sizes of each workload, one timed run (smoke test)
              --runs N           timed runs of each tool, input and action (default 5; 1 with --quick)
              --warmup N         untimed runs before them (default 1); the first one's output is
                                 compared with mlir-opt's
              --tools LIST       of jmlir,mlir-opt,xdsl (default jmlir,mlir-opt, and xdsl when XDSL_OPT is set)
              --workloads LIST   generated workloads (default: all of gen.py --list; 'none' for none)
              --sizes LIST       only these sizes N of the generated workloads
              --real N           the N largest files of the real-world corpus (default 3)
              --actions LIST     of parse-print,generic-print,canonicalize,cse (default the two prints)
              --timeout SECONDS  per run (default 600)
              --out DIR          report directory (default bench/target/compare)
              --history FILE     history file (default bench/history.jsonl)
              --no-history       do not append this run to the history
              --report-only      write the report from the history's last run, running nothing
            environment: XDSL_OPT (the xdsl-opt command), MLIR_OPT (mlir-opt), JMLIR_SHARED
            """;

    private final Map<String, String> opts = new HashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();

    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Compare c = new Compare();
        try {
            c.parseArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
        if (c.flags.contains("help")) {
            System.out.print(USAGE);
            return;
        }
        System.exit(c.run());
    }

    private static final Set<String> FLAG_NAMES = Set.of("quick", "no-history", "report-only", "help");
    private static final Set<String> OPTION_NAMES = Set.of("runs", "warmup", "tools", "workloads", "sizes", "real",
            "actions", "timeout", "out", "history", "root", "shared", "mlir-opt", "jmlir", "python");

    void parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h")) a = "--help";
            if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + a);
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (FLAG_NAMES.contains(name) && value == null) {
                flags.add(name);
            } else if (OPTION_NAMES.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                    value = args[++i];
                }
                opts.put(name, value);
            } else {
                throw new IllegalArgumentException("unknown option " + a);
            }
        }
    }

    private int intOpt(String name, int dflt) {
        String v = opts.get(name);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, not " + v);
        }
    }

    private static List<String> list(String v) {
        return v == null ? null : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    int run() throws Exception {
        Path root = Path.of(opts.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(opts.getOrDefault("out", root.resolve("bench/target/compare").toString()));
        Path historyFile = Path.of(opts.getOrDefault("history", root.resolve("bench/history.jsonl").toString()));

        if (flags.contains("report-only")) {
            List<RunRecord> history = History.read(historyFile);
            if (history.isEmpty()) {
                System.err.println("compare: no runs in " + historyFile);
                return 1;
            }
            Report.write(out, history.getLast(), history);
            System.err.println("report: " + out.resolve("report.html"));
            return 0;
        }

        boolean quick = flags.contains("quick");
        int runs = intOpt("runs", quick ? 1 : 5);
        int warmup = intOpt("warmup", 1);
        if (runs < 1 || warmup < 0) throw new IllegalArgumentException("--runs must be at least 1, --warmup at least 0");
        Duration timeout = Duration.ofSeconds(intOpt("timeout", 600));
        Path shared = Path.of(opts.getOrDefault("shared", root.resolve("../shared").toString())).toAbsolutePath().normalize();
        String python = opts.getOrDefault("python", "python3");

        // Tools
        String xdslCommand = System.getenv("XDSL_OPT");
        List<String> toolNames = list(opts.get("tools"));
        if (toolNames == null) {
            toolNames = new ArrayList<>(List.of(Tool.JMLIR, Tool.MLIR_OPT));
            if (xdslCommand != null && !xdslCommand.isBlank()) toolNames.add(Tool.XDSL);
        }
        List<Tool> tools = new ArrayList<>();
        // mlir-opt first: it is the reference the others' outputs are compared with.
        if (toolNames.contains(Tool.MLIR_OPT)) {
            tools.add(Tool.mlirOpt(opts.getOrDefault("mlir-opt", "/usr/lib/llvm-22/bin/mlir-opt")));
        }
        if (toolNames.contains(Tool.JMLIR)) {
            tools.add(Tool.jmlir(Path.of(opts.getOrDefault("jmlir", root.resolve("bin/jmlir-opt").toString()))));
        }
        if (toolNames.contains(Tool.XDSL)) {
            if (xdslCommand == null || xdslCommand.isBlank()) throw new IllegalArgumentException("--tools xdsl needs XDSL_OPT");
            tools.add(Tool.xdsl(xdslCommand));
        }
        for (String t : toolNames) {
            if (!Set.of(Tool.JMLIR, Tool.MLIR_OPT, Tool.XDSL).contains(t)) throw new IllegalArgumentException("unknown tool " + t);
        }
        List<Action> actions = new ArrayList<>();
        List<String> actionNames = list(opts.getOrDefault("actions", "parse-print,generic-print"));
        for (String a : actionNames) {
            Action found = Arrays.stream(Action.values()).filter(x -> x.id().equals(a)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown action " + a));
            actions.add(found);
        }

        // Inputs
        Path genPy = shared.resolve("workloads/gen.py");
        List<Input> inputs = new ArrayList<>();
        List<String> workloads = list(opts.get("workloads"));
        if (workloads == null || !workloads.equals(List.of("none"))) {
            Map<String, List<Long>> sizes = Inputs.parseSizes(capture(List.of(python, genPy.toString(), "--list")));
            if (quick) sizes = Inputs.quickSizes(sizes);
            List<String> sizeFilter = list(opts.get("sizes"));
            if (sizeFilter != null) {
                Set<Long> keep = new LinkedHashSet<>();
                for (String s : sizeFilter) keep.add(Long.parseLong(s));
                Map<String, List<Long>> filtered = new LinkedHashMap<>();
                sizes.forEach((w, ns) -> filtered.put(w, ns.stream().filter(n -> keep.contains(n) || n == 0).toList()));
                sizes = filtered;
            }
            inputs.addAll(Inputs.generated(python, genPy, root.resolve("bench/target/workloads"), sizes,
                    workloads == null ? null : Set.copyOf(workloads)));
        }
        inputs.addAll(Inputs.real(shared, intOpt("real", 3)));

        // Measure
        Map<String, Object> meta = meta(root, quick, runs, warmup, tools);
        Measure measure = new Measure(out.resolve("tmp"), timeout);
        if (!measure.hasCpuTime()) System.err.println("note: /usr/bin/time not found: no CPU time; RSS from /proc");
        List<Outcome> outcomes = new ArrayList<>();
        int step = 0;
        int total = inputs.size() * actions.size();
        for (Input in : inputs) {
            for (Action action : actions) {
                step++;
                outcomes.addAll(measureAll(measure, tools, in, action, warmup, runs, out.resolve("tmp")));
                System.err.println(progress(step, total, in, action, outcomes));
            }
        }
        meta.put("load_end", loadAverage());
        meta.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        RunRecord run = new RunRecord(meta, outcomes);

        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), Json.write(run.toJson()) + "\n");
        List<RunRecord> history = History.read(historyFile);
        if (!flags.contains("no-history")) History.append(historyFile, run);
        history.add(run);
        Report.write(out, run, history);
        System.out.print(Report.summaryMarkdown(run));
        System.err.println("report: " + out.resolve("report.html") + " (table: " + out.resolve("report.md") + ")");
        if (!flags.contains("no-history")) System.err.println("history: " + historyFile);
        return 0;
    }

    /**
     * Every tool on one input and action. Each tool first runs {@code warmup} times untimed (the
     * first of those writes the output, compared with mlir-opt's); a tool that fails there is
     * recorded as unsupported and not timed. Then the timed runs go round the tools in turn, so
     * a change in the machine's load falls on all of them alike.
     */
    private static List<Outcome> measureAll(Measure measure, List<Tool> tools, Input in, Action action, int warmup,
                                            int runs, Path scratch) throws IOException, InterruptedException {
        Map<String, String> failure = new LinkedHashMap<>();
        Map<String, String> digest = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        for (Tool t : tools) {
            for (int w = 0; w < warmup; w++) {
                Path output = scratch.resolve(t.name() + ".out");
                Files.deleteIfExists(output);
                Measure.Sample s = measure.run(t.commandLine(action, in, w == 0 ? output.toString() : "/dev/null"));
                if (!s.ok()) {
                    failure.put(t.name(), s.reason());
                    status.put(t.name(), s.timedOut() ? Outcome.TIMEOUT : Outcome.UNSUPPORTED);
                    break;
                }
                if (w == 0) {
                    digest.put(t.name(), sha256(output));
                    Files.deleteIfExists(output);
                }
            }
        }
        Map<String, List<Double>> wall = new HashMap<>();
        Map<String, List<Double>> cpu = new HashMap<>();
        Map<String, Long> rss = new HashMap<>();
        for (int r = 0; r < runs; r++) {
            for (Tool t : tools) {
                if (failure.containsKey(t.name())) continue;
                Measure.Sample s = measure.run(t.commandLine(action, in, "/dev/null"));
                if (!s.ok()) {
                    failure.put(t.name(), s.reason());
                    status.put(t.name(), s.timedOut() ? Outcome.TIMEOUT : Outcome.UNSUPPORTED);
                    continue;
                }
                wall.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(s.wallMs());
                if (!Double.isNaN(s.cpuMs())) cpu.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(s.cpuMs());
                if (s.rssKb() >= 0) rss.merge(t.name(), s.rssKb(), Math::max);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        String reference = digest.get(Tool.MLIR_OPT);
        for (Tool t : tools) {
            String name = t.name();
            boolean failed = failure.containsKey(name);
            Boolean same = failed || reference == null || name.equals(Tool.MLIR_OPT) || !digest.containsKey(name)
                    ? null : digest.get(name).equals(reference);
            outcomes.add(new Outcome(in.name(), in.family(), in.n(), in.form(), in.bytes(), in.ops(), action.id(), name,
                    failed ? status.get(name) : Outcome.OK, failure.get(name),
                    failed ? List.of() : wall.getOrDefault(name, List.of()),
                    failed ? Double.NaN : Stats.median(cpu.getOrDefault(name, List.of())),
                    failed ? -1 : rss.getOrDefault(name, -1L), same));
        }
        return outcomes;
    }

    private static String progress(int step, int total, Input in, Action action, List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("[%d/%d] %s %s:", step, total, in.name(), action.label()));
        double ref = Double.NaN;
        for (Outcome o : outcomes) {
            if (o.input().equals(in.name()) && o.action().equals(action.id()) && o.tool().equals(Tool.MLIR_OPT) && o.ok()) {
                ref = o.medianMs();
            }
        }
        for (Outcome o : outcomes) {
            if (!o.input().equals(in.name()) || !o.action().equals(action.id())) continue;
            sb.append(' ').append(o.tool()).append(' ');
            if (o.ok()) {
                sb.append(Report.ms(o.medianMs())).append(" ms");
                if (!o.tool().equals(Tool.MLIR_OPT) && !Double.isNaN(ref)) {
                    sb.append(String.format(" (%.2fx)", o.medianMs() / ref));
                }
            } else {
                sb.append(o.status());
            }
            sb.append(';');
        }
        return sb.toString();
    }

    private static String sha256(Path file) throws IOException {
        if (!Files.exists(file)) return "missing";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- run metadata

    private static Map<String, Object> meta(Path root, boolean quick, int runs, int warmup, List<Tool> tools) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commit", git(root, "rev-parse", "HEAD"));
        m.put("branch", git(root, "rev-parse", "--abbrev-ref", "HEAD"));
        // Uncommitted changes to tracked files, other than the history this run appends to.
        String status = git(root, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/history.jsonl");
        m.put("dirty", status != null && !status.isBlank());
        m.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("host", hostName());
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("load_start", loadAverage());
        m.put("quick", quick);
        m.put("runs", runs);
        m.put("warmup", warmup);
        Map<String, Object> versions = new LinkedHashMap<>();
        for (Tool t : tools) versions.put(t.name(), version(t));
        m.put("versions", versions);
        return m;
    }

    private static String version(Tool t) {
        try {
            String text = capture(t.versionCommand());
            for (String line : text.split("\n")) {
                if (line.toLowerCase().contains("version")) return line.strip();
            }
            return text.lines().findFirst().orElse("").strip();
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String git(Path root, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        try {
            return capture(cmd).strip();
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The 1, 5 and 15 minute load averages, or an empty list off Linux. */
    static List<Double> loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Runs a short command and returns its standard output (and error); fails on a non-zero exit. */
    static String capture(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + ": timed out");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + ": exit " + p.exitValue() + ": " + text.strip());
        return text;
    }
}
