package jmlir.pass;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Execution times of a run ({@code --mlir-timing}): a tree of named timers (Parser, each pass,
 * each nested pipeline, Output) reported in mlir-opt's layout, as a tree or as a list.
 */
public final class Timing {
    /** How the report shows the timers ({@code --mlir-timing-display}). */
    public enum Display { TREE, LIST }

    private final long start = System.nanoTime();
    private final Timer root = new Timer("root");

    /** A timer that measures nothing, for runs without timing. */
    public static final Timer OFF = new Timer("off");

    /**
     * One timer: its wall time, and its user time (the time summed over threads; larger than
     * the wall time where ops ran in parallel). Safe to add to from several threads.
     */
    public static final class Timer {
        private final String name;
        private final Map<Object, Timer> children = new LinkedHashMap<>();
        private final AtomicLong wall = new AtomicLong();
        private final AtomicLong user = new AtomicLong();
        /** For a nested pipeline: the time of its runs on each op, summed (its wall time covers all of them). */
        private final AtomicLong perOp = new AtomicLong();
        private volatile boolean pipeline;

        private Timer(String name) {
            this.name = name;
        }

        /** The child timer for {@code key} (a pass, a pass manager, or a name), named {@code name}. */
        public Timer child(Object key, String name) {
            if (this == OFF) return OFF;
            synchronized (children) {
                return children.computeIfAbsent(key, k -> new Timer(name));
            }
        }

        /** The child timer called {@code name}. */
        public Timer child(String name) {
            return child(name, name);
        }

        /** Starts measuring; closing the result adds the elapsed time to this timer. */
        public Measure start() {
            return new Measure(this, System.nanoTime());
        }

        void add(long wallNanos, long userNanos) {
            if (this == OFF) return;
            wall.addAndGet(wallNanos);
            user.addAndGet(userNanos);
        }

        /** Marks this timer as a nested pipeline's and adds one op's run of it. */
        void addPerOp(long nanos) {
            if (this == OFF) return;
            pipeline = true;
            perOp.addAndGet(nanos);
        }

        private List<Timer> children() {
            synchronized (children) {
                return new ArrayList<>(children.values());
            }
        }
    }

    /** A running measurement. */
    public record Measure(Timer timer, long startNanos) implements AutoCloseable {
        @Override
        public void close() {
            long elapsed = System.nanoTime() - startNanos;
            timer.add(elapsed, elapsed);
        }
    }

    /** The timer everything else nests in. */
    public Timer root() {
        return root;
    }

    /** The report, as mlir-opt prints it at exit, with the time since this timing began as the total. */
    public String report(Display display) {
        long totalWall = System.nanoTime() - start;
        List<Timer> top = root.children();
        long topWall = 0;
        long topUser = 0;
        for (Timer t : top) {
            topWall += t.wall.get();
            topUser += t.user.get();
        }
        long totalUser = totalWall - topWall + topUser;
        Columns columns = new Columns(totalUser != totalWall, totalUser, totalWall);
        StringBuilder out = new StringBuilder();
        out.append("===").append("-".repeat(73)).append("===\n");
        String title = "... Execution time report ...";
        out.repeat(' ', (80 - title.length()) / 2).append(title).append('\n');
        out.append("===").append("-".repeat(73)).append("===\n");
        out.append(String.format(Locale.ROOT, "  Total Execution Time: %.4f seconds\n\n", seconds(totalWall)));
        if (columns.showUser) out.append("  ----User Time----");
        out.append("  ----Wall Time----  ----Name----\n");
        if (display == Display.TREE) {
            for (Timer t : top) printTree(out, columns, t, 0);
        } else {
            printList(out, columns, totalUser, totalWall);
        }
        columns.row(out, Math.max(0, totalUser - topUser), Math.max(0, totalWall - topWall), "Rest");
        columns.row(out, totalUser, totalWall, "Total");
        return out.toString();
    }

    private static void printTree(StringBuilder out, Columns columns, Timer t, int depth) {
        columns.row(out, t.user.get(), t.wall.get(), "  ".repeat(depth) + t.name);
        for (Timer child : t.children()) printTree(out, columns, child, depth + 1);
    }

    /**
     * The list display: every timer merged with the timers of the same name, largest first.
     * A nested pipeline shows twice, as in mlir-opt: its whole run ("Pipeline Collection") and
     * its runs on each op summed ("'func.func' Pipeline").
     */
    private void printList(StringBuilder out, Columns columns, long totalUser, long totalWall) {
        Map<String, long[]> merged = new LinkedHashMap<>();
        merged.put("root", new long[] {totalUser, totalWall});
        for (Timer t : root.children()) collect(t, merged);
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(merged.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]));
        for (Map.Entry<String, long[]> e : rows) columns.row(out, e.getValue()[0], e.getValue()[1], e.getKey());
    }

    private static void collect(Timer t, Map<String, long[]> merged) {
        if (t.pipeline) {
            String anchor = t.name.substring(0, t.name.length() - " Pipeline".length());
            add(merged, "Pipeline Collection : [" + anchor + "]", t.user.get(), t.wall.get());
            add(merged, t.name, t.perOp.get(), t.perOp.get());
        } else {
            add(merged, t.name, t.user.get(), t.wall.get());
        }
        for (Timer child : t.children()) collect(child, merged);
    }

    private static void add(Map<String, long[]> merged, String name, long user, long wall) {
        long[] sums = merged.computeIfAbsent(name, k -> new long[2]);
        sums[0] += user;
        sums[1] += wall;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The time columns of the report and their totals (for the percentages). */
    private record Columns(boolean showUser, long totalUser, long totalWall) {
        void row(StringBuilder out, long user, long wall, String name) {
            if (showUser) cell(out, user, totalUser);
            cell(out, wall, totalWall);
            out.append("  ").append(name).append('\n');
        }

        private static void cell(StringBuilder out, long nanos, long total) {
            double percent = total == 0 ? 0 : 100.0 * nanos / total;
            out.append(String.format(Locale.ROOT, "  %8.4f (%5.1f%%)", seconds(nanos), percent));
        }
    }
}
