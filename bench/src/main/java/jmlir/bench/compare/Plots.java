package jmlir.bench.compare;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The report's plots, drawn with XChart and saved as PNG and SVG. */
final class Plots {
    /** A plot written to {@code dir/file.png} and {@code dir/file.svg}. */
    record Plot(String file, String title, String caption) {
    }

    private static final Map<String, Color> TOOL_COLORS = Map.of(
            Tool.MLIR_OPT, new Color(0x1f77b4),
            Tool.JMLIR, new Color(0xd62728),
            Tool.XDSL, new Color(0x2ca02c));
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private Plots() {
    }

    static List<Plot> render(Path dir, RunRecord run, List<RunRecord> history, List<String> tools)
            throws IOException {
        Files.createDirectories(dir);
        // Plots of an earlier run must not linger beside this run's.
        try (var old = Files.newDirectoryStream(dir, "*.{png,svg}")) {
            for (Path f : old) Files.delete(f);
        }
        List<Plot> plots = new ArrayList<>();
        for (Action action : Action.values()) {
            List<Outcome> rows = run.outcomes().stream().filter(o -> o.action().equals(action.id())).toList();
            if (rows.isEmpty()) continue;
            Plot p = timeVsSize(dir, action, rows, tools);
            if (p != null) plots.add(p);
        }
        for (Action action : Action.values()) {
            Plot p = ratios(dir, action, run, tools);
            if (p != null) plots.add(p);
        }
        for (Action action : Action.values()) {
            Plot p = historyPlot(dir, action, history, tools);
            if (p != null) plots.add(p);
        }
        Set<String> families = new LinkedHashSet<>();
        for (Outcome o : run.outcomes()) if (!o.family().equals(Input.REAL)) families.add(o.family());
        for (String family : families) {
            for (Action action : Action.values()) {
                Plot p = familyPlot(dir, family, action, run, tools);
                if (p != null) plots.add(p);
            }
        }
        return plots;
    }

    // ---------------------------------------------------------------- time vs size, all inputs

    private static Plot timeVsSize(Path dir, Action action, List<Outcome> rows, List<String> tools) throws IOException {
        XYChart chart = xyChart("Time vs input size: " + action.label(), "input size (MB)", "median wall time (ms)");
        chart.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(8);
        boolean any = false;
        for (String tool : tools) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Outcome o : rows) {
                if (o.tool().equals(tool) && o.ok() && o.bytes() > 0) {
                    x.add(o.bytes() / 1e6);
                    y.add(o.medianMs());
                }
            }
            if (x.isEmpty()) continue;
            XYSeries s = chart.addSeries(tool + " (" + x.size() + " inputs)", x, y);
            s.setMarkerColor(TOOL_COLORS.getOrDefault(tool, Color.BLACK));
            s.setMarker(SeriesMarkers.CIRCLE);
            any = true;
        }
        if (!any) return null;
        String file = "time-vs-size-" + action.id();
        save(chart, dir, file);
        return new Plot(file, chart.getTitle(), "Every input this run, one point per tool that ran it "
                + "(generated workloads in both forms and the real-world files); log-log axes. Process start-up "
                + "dominates at the left.");
    }

    // ---------------------------------------------------------------- one workload, growing N

    private static Plot familyPlot(Path dir, String family, Action action, RunRecord run, List<String> tools)
            throws IOException {
        XYChart chart = xyChart(family + ": " + action.label(), "input size (MB)", "median wall time (ms)");
        int colour = 0;
        boolean any = false;
        long sizes = run.outcomes().stream().filter(o -> o.family().equals(family)).mapToLong(Outcome::n).distinct().count();
        if (sizes < 2) return null;
        for (String tool : tools) {
            for (String form : Inputs.FORMS) {
                List<Outcome> pts = run.outcomes().stream()
                        .filter(o -> o.family().equals(family) && o.action().equals(action.id())
                                && o.tool().equals(tool) && o.form().equals(form) && o.ok() && o.bytes() > 0)
                        .sorted(java.util.Comparator.comparingLong(Outcome::bytes)).toList();
                if (pts.isEmpty()) continue;
                XYSeries s = chart.addSeries(tool + ", " + form + " input",
                        pts.stream().map(o -> o.bytes() / 1e6).toList(), pts.stream().map(Outcome::medianMs).toList());
                Color c = TOOL_COLORS.getOrDefault(tool, PALETTE[colour++ % PALETTE.length]);
                s.setLineColor(c);
                s.setMarkerColor(c);
                s.setMarker(form.equals("generic") ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
                if (form.equals("generic")) {
                    s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
                }
                any = true;
            }
        }
        if (!any) return null;
        String file = "family-" + family + "-" + action.id();
        save(chart, dir, file);
        return new Plot(file, chart.getTitle(), "Workload " + family + " at each size N of this run; solid: custom "
                + "(pretty) input, dashed: generic input; log-log axes.");
    }

    // ---------------------------------------------------------------- ratio to mlir-opt per input

    private static Plot ratios(Path dir, Action action, RunRecord run, List<String> tools) throws IOException {
        List<String> others = tools.stream().filter(t -> !t.equals(Tool.MLIR_OPT)).toList();
        Map<String, Map<String, Double>> byTool = new LinkedHashMap<>();
        Set<String> inputs = new LinkedHashSet<>();
        Map<String, String> shortNames = new LinkedHashMap<>();
        for (String tool : others) {
            Map<String, Double> r = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : run.ratios(tool, Tool.MLIR_OPT).entrySet()) {
                String[] k = e.getKey().split("\t");
                if (!k[1].equals(action.id())) continue;
                r.put(k[0], e.getValue());
                inputs.add(k[0]);
            }
            byTool.put(tool, r);
        }
        if (inputs.isEmpty()) return null;
        for (Outcome o : run.outcomes()) shortNames.putIfAbsent(o.input(), label(o));
        CategoryChart chart = categoryChart("Median time relative to mlir-opt: " + action.label(), "input",
                "time / mlir-opt's time (log scale)", Math.max(900, 60 * inputs.size() + 300));
        double lo = 1;
        double hi = 1;
        for (Map<String, Double> r : byTool.values()) {
            for (double v : r.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(lo) - 0.05)));
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(hi) + 0.05)));
        List<String> categories = inputs.stream().map(shortNames::get).toList();
        var one = chart.addSeries("mlir-opt (= 1)", categories, categories.stream().map(c -> 1.0).toList());
        one.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
        one.setLineColor(TOOL_COLORS.get(Tool.MLIR_OPT));
        one.setMarker(categories.size() > 1 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        one.setMarkerColor(TOOL_COLORS.get(Tool.MLIR_OPT));
        for (String tool : others) {
            Map<String, Double> r = byTool.get(tool);
            if (r.isEmpty()) continue;
            List<Double> ys = new ArrayList<>();
            for (String in : inputs) ys.add(r.get(in));
            var s = chart.addSeries(tool + " / mlir-opt", categories, ys);
            s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(TOOL_COLORS.getOrDefault(tool, Color.GRAY));
        }
        String file = "ratio-" + action.id();
        save(chart, dir, file);
        return new Plot(file, chart.getTitle(), "Each input both tools ran in this run: median time over "
                + "mlir-opt's median time. A missing bar means the tool could not run that input.");
    }

    private static String label(Outcome o) {
        if (!o.family().equals(Input.REAL)) return o.input();
        String name = o.input();
        int slash = name.lastIndexOf('/');
        return "real: " + name.substring(slash + 1);
    }

    // ---------------------------------------------------------------- history

    private static Plot historyPlot(Path dir, Action action, List<RunRecord> history, List<String> tools)
            throws IOException {
        String tool = tools.contains(Tool.JMLIR) ? Tool.JMLIR : null;
        if (tool == null || history.isEmpty()) return null;
        // Series: the geometric mean over all inputs, and over each workload's inputs.
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            RunRecord r = history.get(i);
            Map<String, List<Double>> byFamily = new LinkedHashMap<>();
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, Double> e : r.ratios(tool, Tool.MLIR_OPT).entrySet()) {
                String[] k = e.getKey().split("\t");
                if (!k[1].equals(action.id())) continue;
                Outcome o = r.find(k[0], k[1], tool);
                byFamily.computeIfAbsent(o.family(), f -> new ArrayList<>()).add(e.getValue());
                all.add(e.getValue());
            }
            if (!all.isEmpty()) series.computeIfAbsent("all inputs", f -> new ArrayList<>()).add(new double[] {i + 1, Stats.geomean(all)});
            for (Map.Entry<String, List<Double>> f : byFamily.entrySet()) {
                series.computeIfAbsent(f.getKey(), x -> new ArrayList<>()).add(new double[] {i + 1, Stats.geomean(f.getValue())});
            }
        }
        if (series.isEmpty()) return null;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) labels.add((i + 1) + ": " + history.get(i).label());
        CategoryChart chart = categoryChart("jmlir / mlir-opt over the history: " + action.label(), "run (commit)",
                "geometric mean of time / mlir-opt's time",
                // Wide enough for the legend's one row as well as for the runs.
                Math.max(Math.max(900, 115 * series.size()), 40 * labels.size() + 300));
        double lo = 1;
        double hi = 1;
        for (List<double[]> pts : series.values()) {
            for (double[] p : pts) {
                lo = Math.min(lo, p[1]);
                hi = Math.max(hi, p[1]);
            }
        }
        chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(lo) - 0.05)));
        chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(hi) + 0.05)));
        int colour = 0;
        List<Map.Entry<String, List<double[]>>> ordered = new ArrayList<>(series.entrySet());
        // "all inputs" last, so that it is drawn on top.
        ordered.sort(java.util.Comparator.comparing(e -> e.getKey().equals("all inputs")));
        for (Map.Entry<String, List<double[]>> e : ordered) {
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) y.add(null);
            for (double[] p : e.getValue()) y.set((int) p[0] - 1, p[1]);
            var s = chart.addSeries(e.getKey(), labels, y);
            s.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
            Color c = e.getKey().equals("all inputs") ? Color.BLACK : PALETTE[colour++ % PALETTE.length];
            s.setLineColor(c);
            s.setMarkerColor(c);
            s.setMarker(SeriesMarkers.CIRCLE);
            if (e.getKey().equals("all inputs")) s.setLineWidth(3f);
        }
        String file = "history-" + action.id();
        save(chart, dir, file);
        return new Plot(file, chart.getTitle(), "One point per run in the history file (label: commit, + for "
                + "uncommitted changes, q for a --quick run): the geometric mean of jmlir's time over mlir-opt's, "
                + "over the inputs both ran in that run. Runs on different machines or loads are not comparable.");
    }

    // ---------------------------------------------------------------- common

    private static CategoryChart categoryChart(String title, String xTitle, String yTitle, int width) {
        CategoryChart chart = new CategoryChartBuilder().width(Math.min(width, 1600)).height(600).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setMarkerSize(10);
        // Every series at the middle of its category, not side by side as bars are.
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    private static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        // Label 2× and 5× steps too: a plot often spans less than two decades of time.
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        // Milliseconds and megabytes in plain figures (1000, 0.01), not 1E3 and 1E-2.
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        chart.getStyler().setXAxisDecimalPattern("#,##0.#####");
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    private static void style(org.knowm.xchart.style.AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotGridLinesColor(new Color(0xdddddd));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBorderColor(new Color(0xcccccc));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAntiAlias(true);
    }

    private static void save(Chart<?, ?> chart, Path dir, String file) throws IOException {
        BitmapEncoder.saveBitmap(chart, dir.resolve(file + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(file + ".svg").toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
