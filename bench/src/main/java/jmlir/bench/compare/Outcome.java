package jmlir.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tool on one input with one action: its timed runs, or why there are none.
 *
 * @param input    the input's name ({@code constant_folding_100.generic}, {@code real/...})
 * @param family   the workload ({@code constant_folding}, ...; {@code real} for corpus files)
 * @param n        the workload's size parameter (0 for real files)
 * @param form     {@code pretty} (custom syntax) or {@code generic}
 * @param bytes    the input's size
 * @param ops      the number of operations in it
 * @param action   {@link Action#id()}
 * @param tool     the tool's name ({@code jmlir}, {@code mlir-opt}, {@code xdsl})
 * @param status   {@code ok}, {@code unsupported} (the tool failed on the input) or {@code timeout}
 * @param reason   for a failure: the first line the tool printed on stderr, else null
 * @param wallMs   wall-clock time of each timed run
 * @param cpuMs    user + system CPU time, median over the runs (NaN when unknown)
 * @param rssKb    peak resident set size, maximum over the runs (-1 when unknown)
 * @param same     whether the output equals mlir-opt's (null: not compared)
 */
public record Outcome(String input, String family, long n, String form, long bytes, long ops, String action,
                      String tool, String status, String reason, List<Double> wallMs, double cpuMs, long rssKb,
                      Boolean same) {
    public static final String OK = "ok";
    public static final String UNSUPPORTED = "unsupported";
    public static final String TIMEOUT = "timeout";

    public boolean ok() {
        return OK.equals(status) && !wallMs.isEmpty();
    }

    public double medianMs() {
        return Stats.median(wallMs);
    }

    public double minMs() {
        return Stats.min(wallMs);
    }

    public double maxMs() {
        return Stats.max(wallMs);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("family", family);
        m.put("n", n);
        m.put("form", form);
        m.put("bytes", bytes);
        m.put("ops", ops);
        m.put("action", action);
        m.put("tool", tool);
        m.put("status", status);
        if (reason != null) m.put("reason", reason);
        if (ok()) {
            m.put("median_ms", round(medianMs()));
            m.put("min_ms", round(minMs()));
            m.put("max_ms", round(maxMs()));
            m.put("wall_ms", wallMs.stream().map(Outcome::round).toList());
            if (!Double.isNaN(cpuMs)) m.put("cpu_ms", round(cpuMs));
            if (rssKb >= 0) m.put("rss_kb", rssKb);
        }
        if (same != null) m.put("same_as_mlir_opt", same);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static Outcome fromJson(Map<String, Object> m) {
        List<Double> wall = new ArrayList<>();
        for (Object o : Json.list(m.get("wall_ms"))) wall.add(Json.num(o));
        if (wall.isEmpty() && m.get("median_ms") != null) wall.add(Json.num(m.get("median_ms")));
        Object rss = m.get("rss_kb");
        Object same = m.get("same_as_mlir_opt");
        return new Outcome(Json.str(m.get("input")), Json.str(m.get("family")), (long) Json.num(m.get("n")),
                Json.str(m.get("form")), (long) Json.num(m.get("bytes")), (long) Json.num(m.get("ops")),
                Json.str(m.get("action")), Json.str(m.get("tool")), Json.str(m.get("status")),
                Json.str(m.get("reason")), wall, m.containsKey("cpu_ms") ? Json.num(m.get("cpu_ms")) : Double.NaN,
                rss == null ? -1 : (long) Json.num(rss), same instanceof Boolean b ? b : null);
    }
}
