package jmlir.transform;

import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassOption;

import java.util.Map;
import java.util.TreeMap;

/** {@code print-op-stats}: counts the ops of each name in the op (itself included) and prints the counts. */
public final class PrintOpStats extends Pass {
    private final PassOption<Boolean> json = option(PassOption.bool("json", "print the stats as JSON", false));

    @Override
    public String argument() {
        return "print-op-stats";
    }

    @Override
    public String name() {
        return "PrintOpStats";
    }

    @Override
    public String description() {
        return "Print statistics of operations";
    }

    @Override
    public void run(Operation op, PassContext context) {
        Map<String, Long> counts = new TreeMap<>();
        op.walkPostOrder(nested -> counts.merge(nested.name().name(), 1L, Long::sum));
        context.print(json.get() ? asJson(counts) : asTable(counts));
        context.markAllAnalysesPreserved();
    }

    private static String asJson(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.append("  \"").append(e.getKey()).append("\" : ").append(e.getValue());
            out.append(++i < counts.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    /**
     * Dialect names right-aligned, op names left-aligned, so the dots line up; a name without a
     * dialect ({@code "f"()}) stands where the op names do.
     */
    private static String asTable(Map<String, Long> counts) {
        int dialectWidth = 0;
        int opWidth = 0;
        for (String name : counts.keySet()) {
            int dot = name.indexOf('.');
            dialectWidth = Math.max(dialectWidth, Math.max(dot, 0));
            opWidth = Math.max(opWidth, name.length() - dot - 1);
        }
        StringBuilder out = new StringBuilder("Operations encountered:\n-----------------------\n");
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String name = e.getKey();
            int dot = name.indexOf('.');
            if (dot < 0) {
                out.repeat(' ', dialectWidth + 3);
            } else {
                out.repeat(' ', dialectWidth + 2 - dot).append(name, 0, dot).append('.');
            }
            String op = name.substring(dot + 1);
            out.append(op).repeat(' ', opWidth - op.length()).append(" , ").append(e.getValue()).append('\n');
        }
        return out.toString();
    }
}
