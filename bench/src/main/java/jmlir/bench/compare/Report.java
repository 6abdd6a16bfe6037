package jmlir.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report of a run: {@code report.md} (the tables) and {@code report.html} (the tables, the
 * plots of {@link Plots} and the history).
 */
final class Report {
    private Report() {
    }

    static void write(Path out, RunRecord run, List<RunRecord> history) throws IOException {
        Files.createDirectories(out);
        List<String> tools = tools(run);
        List<Plots.Plot> plots = Plots.render(out.resolve("plots"), run, history, tools);
        Files.writeString(out.resolve("report.md"), markdown(run), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), html(run, history, plots), StandardCharsets.UTF_8);
    }

    /** The tools of a run, mlir-opt (the reference) first. */
    static List<String> tools(RunRecord run) {
        Set<String> seen = new LinkedHashSet<>();
        for (String t : List.of(Tool.MLIR_OPT, Tool.JMLIR, Tool.XDSL)) {
            if (run.outcomes().stream().anyMatch(o -> o.tool().equals(t))) seen.add(t);
        }
        for (Outcome o : run.outcomes()) seen.add(o.tool());
        return new ArrayList<>(seen);
    }

    // ---------------------------------------------------------------- tables as rows of cells

    private record Table(List<String> header, List<List<String>> rows) {
    }

    /** The full table: one row per input and action. */
    private static Table fullTable(RunRecord run) {
        List<String> tools = tools(run);
        List<String> others = tools.stream().filter(t -> !t.equals(Tool.MLIR_OPT)).toList();
        boolean hasRef = tools.contains(Tool.MLIR_OPT);
        List<String> header = new ArrayList<>(List.of("input", "size", "ops", "action"));
        for (String t : tools) {
            header.add(t + " ms");
            if (hasRef && !t.equals(Tool.MLIR_OPT)) header.add(t + " / mlir-opt");
        }
        header.add("peak RSS MB (" + String.join(" / ", tools) + ")");
        if (hasRef && !others.isEmpty()) header.add("same output as mlir-opt");
        List<List<String>> rows = new ArrayList<>();
        for (String[] key : keys(run)) {
            Outcome any = run.find(key[0], key[1], tools.getFirst());
            if (any == null) any = run.outcomes().stream().filter(o -> o.input().equals(key[0])).findFirst().orElseThrow();
            List<String> row = new ArrayList<>(List.of(any.input(), size(any.bytes()),
                    any.ops() < 0 ? "" : Long.toString(any.ops()), Action.labelOf(key[1])));
            Outcome ref = run.find(key[0], key[1], Tool.MLIR_OPT);
            List<String> rss = new ArrayList<>();
            List<String> same = new ArrayList<>();
            for (String t : tools) {
                Outcome o = run.find(key[0], key[1], t);
                row.add(timeCell(o));
                if (hasRef && !t.equals(Tool.MLIR_OPT)) row.add(ratioCell(o, ref));
                rss.add(o != null && o.ok() && o.rssKb() >= 0 ? String.format(Locale.ROOT, "%.0f", o.rssKb() / 1024.0) : "–");
                if (!t.equals(Tool.MLIR_OPT) && o != null && o.same() != null) {
                    same.add((others.size() > 1 ? t + ": " : "") + (o.same() ? "yes" : "no"));
                }
            }
            row.add(String.join(" / ", rss));
            if (hasRef && !others.isEmpty()) row.add(String.join(", ", same));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Per workload and action: how many inputs each tool ran, and the geometric mean ratio. */
    private static Table summaryTable(RunRecord run) {
        List<String> tools = tools(run);
        List<String> others = tools.stream().filter(t -> !t.equals(Tool.MLIR_OPT)).toList();
        List<String> header = new ArrayList<>(List.of("workload", "action", "inputs"));
        for (String t : others) {
            header.add(t + " ran");
            header.add(t + " / mlir-opt (geomean)");
            header.add("range");
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (String[] key : keys(run)) {
            Outcome o = run.outcomes().stream().filter(x -> x.input().equals(key[0])).findFirst().orElseThrow();
            groups.computeIfAbsent(o.family() + "\t" + key[1], k -> new ArrayList<>()).add(key);
        }
        for (Map.Entry<String, List<String[]>> g : groups.entrySet()) {
            String[] fa = g.getKey().split("\t");
            List<String> row = new ArrayList<>(List.of(fa[0], Action.labelOf(fa[1]), Integer.toString(g.getValue().size())));
            for (String t : others) {
                int ran = 0;
                List<Double> ratios = new ArrayList<>();
                for (String[] key : g.getValue()) {
                    Outcome o = run.find(key[0], key[1], t);
                    Outcome ref = run.find(key[0], key[1], Tool.MLIR_OPT);
                    if (o != null && o.ok()) {
                        ran++;
                        if (ref != null && ref.ok()) ratios.add(o.medianMs() / ref.medianMs());
                    }
                }
                row.add(Integer.toString(ran));
                row.add(ratios.isEmpty() ? "–" : ratio(Stats.geomean(ratios)));
                row.add(ratios.isEmpty() ? "" : ratio(Stats.min(ratios)) + " – " + ratio(Stats.max(ratios)));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** The distinct (input, action) pairs of a run in their order. */
    private static List<String[]> keys(RunRecord run) {
        Set<String> seen = new LinkedHashSet<>();
        for (Outcome o : run.outcomes()) seen.add(o.input() + "\t" + o.action());
        return seen.stream().map(k -> k.split("\t")).toList();
    }

    private static final Pattern LOCATION_PREFIX = Pattern.compile("^.*?:\\d+:\\d+: (error: )?");

    /** Why tools could not run inputs: each distinct reason with its count, per tool. */
    private static List<String> unsupportedReasons(RunRecord run) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            if (o.ok()) continue;
            String reason = o.reason() == null ? o.status() : LOCATION_PREFIX.matcher(o.reason()).replaceFirst("");
            reason = reason.replaceAll("'[^']*\\.mlir'", "'FILE'");
            counts.merge(o.tool() + ": " + o.status() + ": " + reason, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add(k + " (" + n + (n == 1 ? " input/action pair" : " input/action pairs") + ")"));
        return lines;
    }

    // ---------------------------------------------------------------- cells

    static String ms(double v) {
        if (Double.isNaN(v)) return "–";
        if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String timeCell(Outcome o) {
        if (o == null) return "";
        if (!o.ok()) return o.status();
        if (o.wallMs().size() == 1) return ms(o.medianMs());
        return ms(o.medianMs()) + " (" + ms(o.minMs()) + "–" + ms(o.maxMs()) + ")";
    }

    private static String ratioCell(Outcome o, Outcome ref) {
        if (o == null || ref == null || !o.ok() || !ref.ok()) return "–";
        return ratio(o.medianMs() / ref.medianMs());
    }

    static String ratio(double r) {
        if (Double.isNaN(r)) return "–";
        return r >= 10 ? String.format(Locale.ROOT, "%.1f×", r) : String.format(Locale.ROOT, "%.2f×", r);
    }

    static String size(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    // ---------------------------------------------------------------- run description

    private static List<String> describe(RunRecord run) {
        Map<String, Object> m = run.meta();
        List<String> lines = new ArrayList<>();
        lines.add("commit " + m.get("commit") + (Boolean.TRUE.equals(m.get("dirty")) ? " (with uncommitted changes)" : "")
                + " on " + m.get("branch") + ", " + m.get("timestamp"));
        lines.add("host " + m.get("host") + ", " + m.get("cpus") + " CPUs, load average " + load(m.get("load_start"))
                + " at the start, " + load(m.get("load_end")) + " at the end");
        lines.add((run.quick() ? "quick run (--quick): " : "") + m.get("runs") + " timed run(s) after "
                + m.get("warmup") + " warm-up run(s) per tool, input and action; times are wall-clock times of whole "
                + "processes, medians (min–max)");
        Map<String, Object> versions = Json.obj(m.get("versions"));
        versions.forEach((k, v) -> lines.add(k + ": " + v));
        if (busy(run)) {
            lines.add("NOTE: the machine was busy (load average above the number of CPUs): times are noisy");
        }
        return lines;
    }

    static boolean busy(RunRecord run) {
        List<Object> load = Json.list(run.meta().get("load_start"));
        double cpus = Json.num(run.meta().get("cpus"));
        return !load.isEmpty() && cpus > 0 && Json.num(load.getFirst()) > cpus * 0.75;
    }

    private static String load(Object v) {
        List<Object> l = Json.list(v);
        if (l.isEmpty()) return "unknown";
        List<String> parts = new ArrayList<>();
        for (Object o : l) parts.add(String.format(Locale.ROOT, "%.2f", Json.num(o)));
        return String.join(" ", parts);
    }

    // ---------------------------------------------------------------- markdown

    static String markdown(RunRecord run) {
        StringBuilder sb = new StringBuilder("# jmlir vs mlir-opt: whole-process comparison\n\n");
        for (String l : describe(run)) sb.append("- ").append(l).append('\n');
        sb.append("\n## Summary\n\nGeometric mean of the tool's median time over mlir-opt's, over the inputs both "
                + "ran (below 1× is faster than mlir-opt).\n\n");
        markdownTable(sb, summaryTable(run));
        sb.append("\n## All inputs\n\n");
        markdownTable(sb, fullTable(run));
        List<String> reasons = unsupportedReasons(run);
        if (!reasons.isEmpty()) {
            sb.append("\n## Not run\n\n");
            for (String r : reasons) sb.append("- ").append(r.replace("|", "\\|")).append('\n');
        }
        return sb.toString();
    }

    /** The summary table alone, for a README. */
    static String summaryMarkdown(RunRecord run) {
        StringBuilder sb = new StringBuilder();
        markdownTable(sb, summaryTable(run));
        return sb.toString();
    }

    private static void markdownTable(StringBuilder sb, Table t) {
        sb.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
        for (int i = 0; i < t.header().size(); i++) sb.append(i < 3 ? " --- |" : " ---: |");
        sb.append('\n');
        for (List<String> row : t.rows()) {
            sb.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
    }

    // ---------------------------------------------------------------- HTML

    private static String html(RunRecord run, List<RunRecord> history, List<Plots.Plot> plots) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>jmlir vs mlir-opt</title>
                <style>
                body { font-family: sans-serif; margin: 2em; max-width: 1300px; color: #222; }
                table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
                th, td { border: 1px solid #ccc; padding: 3px 8px; }
                th { background: #f0f0f0; }
                td.num { text-align: right; font-variant-numeric: tabular-nums; }
                tr.real td { background: #fafaf0; }
                figure { display: inline-block; margin: 1em; vertical-align: top; }
                figure img { max-width: 880px; border: 1px solid #ddd; }
                figcaption { max-width: 880px; font-size: 13px; color: #444; }
                .note { color: #a00; }
                </style></head><body>
                <h1>jmlir vs mlir-opt: whole-process comparison</h1>
                <ul>
                """);
        for (String l : describe(run)) {
            sb.append("<li").append(l.startsWith("NOTE") ? " class=\"note\"" : "").append('>').append(esc(l)).append("</li>\n");
        }
        sb.append("</ul>\n<h2>Summary</h2>\n<p>Geometric mean of the tool's median time over mlir-opt's, over the "
                + "inputs both ran (below 1× is faster than mlir-opt).</p>\n");
        htmlTable(sb, summaryTable(run), 3);
        List<Plots.Plot> current = plots.stream().filter(p -> !p.file().startsWith("history-")).toList();
        List<Plots.Plot> past = plots.stream().filter(p -> p.file().startsWith("history-")).toList();
        sb.append("<h2>Plots</h2>\n");
        if (current.isEmpty()) sb.append("<p>Nothing to plot: no tool ran any input.</p>\n");
        for (Plots.Plot p : current) figure(sb, p);
        sb.append("<h2>All inputs</h2>\n");
        htmlTable(sb, fullTable(run), 4);
        List<String> reasons = unsupportedReasons(run);
        if (!reasons.isEmpty()) {
            sb.append("<h2>Not run</h2>\n<ul>\n");
            for (String r : reasons) sb.append("<li>").append(esc(r)).append("</li>\n");
            sb.append("</ul>\n");
        }
        sb.append("<h2>History</h2>\n");
        for (Plots.Plot p : past) figure(sb, p);
        htmlTable(sb, historyTable(history), 1);
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static Table historyTable(List<RunRecord> history) {
        List<String> header = new ArrayList<>(List.of("run", "timestamp", "host", "load"));
        for (Action a : Action.values()) {
            header.add("jmlir ran (" + a.label() + ")");
            header.add("jmlir / mlir-opt (" + a.label() + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        for (RunRecord r : history.reversed()) {
            List<String> row = new ArrayList<>(List.of(r.label(), String.valueOf(r.timestamp()),
                    String.valueOf(r.meta().get("host")), load(r.meta().get("load_start"))));
            Map<String, Double> ratios = r.ratios(Tool.JMLIR, Tool.MLIR_OPT);
            for (Action a : Action.values()) {
                long ran = r.outcomes().stream().filter(o -> o.tool().equals(Tool.JMLIR) && o.action().equals(a.id())).count();
                long ok = r.outcomes().stream().filter(o -> o.tool().equals(Tool.JMLIR) && o.action().equals(a.id()) && o.ok()).count();
                List<Double> rs = new ArrayList<>();
                ratios.forEach((k, v) -> {
                    if (k.endsWith("\t" + a.id())) rs.add(v);
                });
                row.add(ok + " of " + ran);
                row.add(rs.isEmpty() ? "–" : ratio(Stats.geomean(rs)));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static void figure(StringBuilder sb, Plots.Plot p) {
        sb.append("<figure><img src=\"plots/").append(esc(p.file())).append(".png\" alt=\"").append(esc(p.title()))
                .append("\"><figcaption>").append(esc(p.caption())).append(" (<a href=\"plots/").append(esc(p.file()))
                .append(".svg\">SVG</a>)</figcaption></figure>\n");
    }

    private static void htmlTable(StringBuilder sb, Table t, int textColumns) {
        sb.append("<table>\n<tr>");
        for (String h : t.header()) sb.append("<th>").append(esc(h)).append("</th>");
        sb.append("</tr>\n");
        for (List<String> row : t.rows()) {
            sb.append(row.getFirst().startsWith(Input.REAL + "/") ? "<tr class=\"real\">" : "<tr>");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i < textColumns ? "<td>" : "<td class=\"num\">").append(esc(row.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
