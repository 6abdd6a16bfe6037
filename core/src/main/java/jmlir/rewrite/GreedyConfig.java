package jmlir.rewrite;

/**
 * How the greedy driver runs (MLIR's GreedyRewriteConfig).
 *
 * @param topDown             seed the worklist in pre-order and process it in that order;
 *                            otherwise from the last op of the region backwards
 * @param regionSimplification control-flow clean-up after each iteration
 * @param maxIterations       iterations before giving up (-1: no limit)
 * @param maxNumRewrites      pattern applications per iteration (-1: no limit)
 * @param fold                whether ops are folded
 * @param cseConstants        whether equal constants are merged and hoisted at each iteration's start
 */
public record GreedyConfig(boolean topDown, RegionSimplify regionSimplification, long maxIterations,
                           long maxNumRewrites, boolean fold, boolean cseConstants) {
    /**
     * How much control flow is cleaned up between iterations: NORMAL erases unreachable blocks
     * and dead values, AGGRESSIVE also merges identical blocks.
     */
    public enum RegionSimplify { DISABLED, NORMAL, AGGRESSIVE }

    public static final long NO_LIMIT = -1;

    /** MLIR's defaults: bottom-up, normal region simplification, 10 iterations. */
    public static GreedyConfig defaults() {
        return new GreedyConfig(false, RegionSimplify.NORMAL, 10, NO_LIMIT, true, true);
    }

    public GreedyConfig withTopDown(boolean v) {
        return new GreedyConfig(v, regionSimplification, maxIterations, maxNumRewrites, fold, cseConstants);
    }

    public GreedyConfig withRegionSimplification(RegionSimplify v) {
        return new GreedyConfig(topDown, v, maxIterations, maxNumRewrites, fold, cseConstants);
    }

    public GreedyConfig withMaxIterations(long v) {
        return new GreedyConfig(topDown, regionSimplification, v, maxNumRewrites, fold, cseConstants);
    }

    public GreedyConfig withMaxNumRewrites(long v) {
        return new GreedyConfig(topDown, regionSimplification, maxIterations, v, fold, cseConstants);
    }
}
