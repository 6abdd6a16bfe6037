package jmlir.transform;

import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassOption;
import jmlir.rewrite.GreedyConfig;
import jmlir.rewrite.GreedyRewriter;
import jmlir.rewrite.PatternSet;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Folds ops and applies every loaded dialect's canonicalization patterns until nothing
 * changes, as mlir-opt's {@code canonicalize}.
 */
public final class Canonicalize extends Pass {
    private final PassOption<Boolean> topDown =
            option(PassOption.bool("top-down", "Seed the worklist in general top-down order", true));
    private final PassOption<GreedyConfig.RegionSimplify> regionSimplify = option(PassOption.choice("region-simplify",
            "Perform control flow optimizations to the region tree", GreedyConfig.RegionSimplify.NORMAL));
    private final PassOption<Long> maxIterations = option(PassOption.integer("max-iterations",
            "Max. iterations between applying patterns / simplifying regions", 10));
    private final PassOption<Long> maxNumRewrites = option(PassOption.integer("max-num-rewrites",
            "Max. number of pattern rewrites within an iteration", -1));
    private final PassOption<Boolean> testConvergence = option(PassOption.bool("test-convergence",
            "Test only: Fail pass on non-convergence to detect cyclic pattern", false));
    private final PassOption<List<String>> disablePatterns = option(PassOption.list("disable-patterns",
            "Labels of patterns that should be filtered out during application"));
    private final PassOption<List<String>> enablePatterns = option(PassOption.list("enable-patterns",
            "Labels of patterns that should be used during application, all other patterns are filtered out"));

    /** The patterns of the context the pass last ran in; contexts differ per input chunk. */
    private volatile Frozen frozen;

    private record Frozen(Context context, PatternSet patterns) {
    }

    @Override
    public String argument() {
        return "canonicalize";
    }

    @Override
    public String name() {
        return "Canonicalizer";
    }

    @Override
    public String description() {
        return "Canonicalize operations";
    }

    @Override
    public void run(Operation op, PassContext context) {
        GreedyConfig config = GreedyConfig.defaults()
                .withTopDown(topDown.get())
                .withRegionSimplification(regionSimplify.get())
                .withMaxIterations(maxIterations.get())
                .withMaxNumRewrites(maxNumRewrites.get());
        boolean converged = GreedyRewriter.apply(context.context(), op, patterns(context.context()), config);
        if (testConvergence.get() && !converged) context.signalFailure();
    }

    private PatternSet patterns(Context context) {
        Frozen f = frozen;
        if (f == null || f.context() != context) {
            f = new Frozen(context, new PatternSet(filter(collect(context))));
            frozen = f;
        }
        return f.patterns();
    }

    /**
     * The patterns of the loaded dialects: each dialect's own, then those of its ops, ops in
     * name order, as MLIR gathers them.
     */
    static List<RewritePattern> collect(Context context) {
        List<RewritePattern> all = new ArrayList<>();
        List<Dialect> dialects = context.loadedDialects();
        for (Dialect d : dialects) all.addAll(d.canonicalizationPatterns());
        List<OpDef> ops = new ArrayList<>();
        for (Dialect d : dialects) ops.addAll(d.operations());
        ops.sort((a, b) -> a.name().compareTo(b.name()));
        for (OpDef def : ops) all.addAll(def.canonicalizationPatterns());
        return all;
    }

    private List<RewritePattern> filter(List<RewritePattern> patterns) {
        Set<String> disabled = new TreeSet<>(disablePatterns.get());
        Set<String> enabled = new TreeSet<>(enablePatterns.get());
        if (disabled.isEmpty() && enabled.isEmpty()) return patterns;
        List<RewritePattern> kept = new ArrayList<>();
        for (RewritePattern p : patterns) {
            if (disabled.contains(p.debugName())) continue;
            if (!enabled.isEmpty() && !enabled.contains(p.debugName())) continue;
            kept.add(p);
        }
        return kept;
    }
}
