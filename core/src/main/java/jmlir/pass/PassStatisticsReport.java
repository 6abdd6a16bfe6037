package jmlir.pass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The statistics of a pipeline's passes after a run ({@code --mlir-pass-statistics}), in mlir-opt's layout. */
public final class PassStatisticsReport {
    /** {@code --mlir-pass-statistics-display}: the pipeline's structure, or one merged list. */
    public enum Display { PIPELINE, LIST }

    private PassStatisticsReport() {
    }

    public static String report(OpPassManager pm, Display display) {
        StringBuilder out = new StringBuilder();
        out.append("===").append("-".repeat(73)).append("===\n");
        String title = "... Pass statistics report ...";
        out.repeat(' ', (80 - title.length()) / 2).append(title).append('\n');
        out.append("===").append("-".repeat(73)).append("===\n");
        if (display == Display.PIPELINE) {
            printPipeline(out, pm, 0);
        } else {
            printList(out, pm);
        }
        out.append('\n');
        return out.toString();
    }

    private static void printPipeline(StringBuilder out, OpPassManager pm, int indent) {
        for (OpPassManager.Step step : pm.steps()) {
            switch (step) {
                case OpPassManager.PassStep p -> printEntry(out, indent, p.pass().name(), values(p.pass()));
                case OpPassManager.NestedStep n -> {
                    printEntry(out, indent, "'" + n.manager().anchor() + "' Pipeline", List.of());
                    printPipeline(out, n.manager(), indent + 2);
                }
            }
        }
    }

    /** Passes of the same name merged, in name order; only passes with statistics. */
    private static void printList(StringBuilder out, OpPassManager pm) {
        Map<String, List<Value>> merged = new TreeMap<>();
        collect(pm, merged);
        for (Map.Entry<String, List<Value>> e : merged.entrySet()) printEntry(out, 2, e.getKey(), e.getValue());
    }

    private static void collect(OpPassManager pm, Map<String, List<Value>> merged) {
        for (OpPassManager.Step step : pm.steps()) {
            switch (step) {
                case OpPassManager.PassStep p -> {
                    List<Value> stats = values(p.pass());
                    if (stats.isEmpty()) continue;
                    List<Value> sums = merged.get(p.pass().name());
                    if (sums == null) {
                        merged.put(p.pass().name(), new ArrayList<>(stats));
                    } else {
                        for (int i = 0; i < sums.size() && i < stats.size(); i++) {
                            Value s = sums.get(i);
                            sums.set(i, new Value(s.name(), s.description(), s.value() + stats.get(i).value()));
                        }
                    }
                }
                case OpPassManager.NestedStep n -> collect(n.manager(), merged);
            }
        }
    }

    private record Value(String name, String description, long value) {
    }

    private static List<Value> values(Pass pass) {
        List<Value> values = new ArrayList<>();
        for (PassStatistic s : pass.statistics()) values.add(new Value(s.name(), s.description(), s.value()));
        return values;
    }

    /** A pass's line, then its statistics by name: {@code (S) value name - description}, aligned. */
    private static void printEntry(StringBuilder out, int indent, String passName, List<Value> stats) {
        out.repeat(' ', indent).append(passName).append('\n');
        List<Value> sorted = new ArrayList<>(stats);
        sorted.sort(Comparator.comparing(Value::name));
        int nameWidth = 0;
        int valueWidth = 0;
        for (Value v : sorted) {
            nameWidth = Math.max(nameWidth, v.name().length());
            valueWidth = Math.max(valueWidth, Long.toString(v.value()).length());
        }
        for (Value v : sorted) {
            out.repeat(' ', indent + 2).append("(S) ");
            String number = Long.toString(v.value());
            out.repeat(' ', valueWidth - number.length()).append(number).append(' ');
            out.append(v.name()).repeat(' ', nameWidth - v.name().length());
            out.append(" - ").append(v.description()).append('\n');
        }
    }
}
