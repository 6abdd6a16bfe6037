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

    public final List<PassOption<?>> options() {
        return Collections.unmodifiableList(options);
    }

    public final List<PassStatistic> statistics() {
        return Collections.unmodifiableList(statistics);
    }
}
