package jmlir.pass;

import jmlir.ir.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A transformation or analysis run on one op (the op its pass manager is nested on), named in
 * pipelines by its {@link #argument()}. A pass instance belongs to one place in one pipeline;
 * {@link #run} may be called on several ops at once (sibling functions in parallel), so a pass
 * keeps no state between runs beyond its options and statistics.
 */
public abstract class Pass {
    private final List<PassOption<?>> options = new ArrayList<>();
    private final List<PassStatistic> statistics = new ArrayList<>();

    /** The name in pipelines and on the command line ({@code canonicalize}). */
    public abstract String argument();

    /**
     * The name shown in IR dumps, timing and statistics ({@code Canonicalizer} for
     * {@code canonicalize}); the argument unless a pass says otherwise.
     */
    public String name() {
        return argument();
    }

    /** One line for {@code --list-passes} and {@code --help}. */
    public abstract String description();

    /** The name of the ops this pass runs on ({@code func.func}), or null for any op. */
    public String anchor() {
        return null;
    }

    /** Runs the pass on {@code op}; reports failure through {@code context}. */
    public abstract void run(Operation op, PassContext context);

    /** Declares an option; call from the constructor, in the order options are listed. */
    protected final <T> PassOption<T> option(PassOption<T> option) {
        options.add(option);
        return option;
    }

    /** Declares a statistic, counted across all runs of this instance. */
    protected final PassStatistic statistic(String name, String description) {
        PassStatistic s = new PassStatistic(name, description);
        statistics.add(s);
        return s;
    }

    /** The option called {@code name}, or null. */
    public final PassOption<?> option(String name) {
        for (PassOption<?> o : options) if (o.name().equals(name)) return o;
        return null;
    }

    /** The options in name order, as pipelines print them and help lists them. */
    public final List<PassOption<?>> optionsByName() {
        List<PassOption<?>> sorted = new ArrayList<>(options);
        sorted.sort(java.util.Comparator.comparing(PassOption::name));
        return sorted;
    }

    /**
     * Appends this pass as a textual pipeline shows it: the argument, then the options (all
     * of them, in name order) in braces when the pass has any.
     */
    public final void printAsTextualPipeline(StringBuilder out) {
        out.append(argument());
        if (options.isEmpty()) return;
        out.append('{');
        List<PassOption<?>> sorted = optionsByName();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) out.append(' ');
            out.append(sorted.get(i).print());
        }
        out.append('}');
    }

    public final List<PassOption<?>> options() {
        return Collections.unmodifiableList(options);
    }

    public final List<PassStatistic> statistics() {
        return Collections.unmodifiableList(statistics);
    }
}
