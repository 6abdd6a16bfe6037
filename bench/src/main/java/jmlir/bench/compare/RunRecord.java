package jmlir.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comparison run: where and when it ran ({@code meta}: commit, dirty, branch, timestamp,
 * host, cpus, load averages, quick, runs, warmup, tool versions) and its outcomes. It is one
 * line of the history file.
 */
public record RunRecord(Map<String, Object> meta, List<Outcome> outcomes) {
    public String commit() {
        return Json.str(meta.get("commit"));
    }

    public String timestamp() {
        return Json.str(meta.get("timestamp"));
    }

    public boolean quick() {
        return Boolean.TRUE.equals(meta.get("quick"));
    }

    /** A short label for plots: the abbreviated commit, "+" when the tree was dirty, "q" for quick. */
    public String label() {
        String c = commit() == null ? "?" : commit().substring(0, Math.min(8, commit().length()));
        if (Boolean.TRUE.equals(meta.get("dirty"))) c += "+";
        if (quick()) c += " q";
        return c;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>(meta);
        List<Object> rs = new ArrayList<>();
        for (Outcome o : outcomes) rs.add(o.toJson());
        m.put("results", rs);
        return m;
    }

    public static RunRecord fromJson(Map<String, Object> m) {
        Map<String, Object> meta = new LinkedHashMap<>(m);
        meta.remove("results");
        List<Outcome> outcomes = new ArrayList<>();
        for (Object o : Json.list(m.get("results"))) outcomes.add(Outcome.fromJson(Json.obj(o)));
        return new RunRecord(meta, outcomes);
    }

    /** The outcome of {@code tool} on {@code input} with {@code action}, or null. */
    public Outcome find(String input, String action, String tool) {
        for (Outcome o : outcomes) {
            if (o.input().equals(input) && o.action().equals(action) && o.tool().equals(tool)) return o;
        }
        return null;
    }

    /**
     * jmlir's median time over mlir-opt's for each input and action both ran (keyed
     * "input\taction"), in the order of the outcomes.
     */
    public Map<String, Double> ratios(String tool, String reference) {
        Map<String, Double> r = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!o.tool().equals(tool) || !o.ok()) continue;
            Outcome ref = find(o.input(), o.action(), reference);
            if (ref != null && ref.ok() && ref.medianMs() > 0) {
                r.put(o.input() + "\t" + o.action(), o.medianMs() / ref.medianMs());
            }
        }
        return r;
    }
}
