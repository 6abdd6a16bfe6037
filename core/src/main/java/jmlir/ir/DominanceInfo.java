package jmlir.ir;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Dominance between operations, values and blocks anywhere in nested regions, as MLIR's
 * DominanceInfo defines it. Dominator trees are built lazily, one per multi-block region, and
 * kept until {@link #invalidate}d; a pass that changes the blocks of a region must invalidate
 * it.
 *
 * <p>Across regions, a position is replaced by the op that encloses it in the other position's
 * region. Within one block of a region without SSA dominance (a graph region, or the single
 * block of an unregistered op's region), everything dominates everything.
 */
public final class DominanceInfo {
    private final Map<Region, DominatorTree> trees = new IdentityHashMap<>();

    /**
     * Whether values in {@code region} must be defined before they are used. Multi-block
     * regions always have SSA dominance; a single block has it unless its op is unregistered or
     * declares graph regions.
     */
    public static boolean hasSsaDominance(Region region) {
        if (!region.hasOneBlock()) return true;
        Operation op = region.parentOp();
        if (op == null) return true;
        return op.isRegistered() && !op.hasTrait(Trait.GRAPH_REGIONS);
    }

    public static boolean hasSsaDominance(Block block) {
        Region region = block.parent();
        return region == null || hasSsaDominance(region);
    }

    /** The dominator tree of a region's blocks, built on first use. */
    public DominatorTree tree(Region region) {
        DominatorTree tree = trees.get(region);
        if (tree == null) {
            tree = new DominatorTree(region);
            trees.put(region, tree);
        }
        return tree;
    }

    /** Forgets the dominator tree of {@code region} (after its blocks or branches changed). */
    public void invalidate(Region region) {
        trees.remove(region);
    }

    /** Forgets every dominator tree. */
    public void invalidate() {
        trees.clear();
    }

    /** Whether the block can be reached from the entry block of its region. */
    public boolean isReachableFromEntry(Block block) {
        Region region = block.parent();
        if (region == null || region.entryBlock() == block) return true;
        return tree(region).isReachable(block);
    }

    // ---------------------------------------------------------------- operations

    /** Whether {@code a} is {@code b} or properly dominates it. */
    public boolean dominates(Operation a, Operation b) {
        return a == b || properlyDominates(a, b);
    }

    /** Whether {@code a} properly dominates {@code b}; an op that encloses {@code b} does. */
    public boolean properlyDominates(Operation a, Operation b) {
        return properlyDominates(a, b, true);
    }

    /**
     * Whether {@code a} properly dominates {@code b}; {@code enclosingOk} says whether an op
     * dominates the ops nested in its own regions.
     */
    public boolean properlyDominates(Operation a, Operation b, boolean enclosingOk) {
        return properlyDominates(a.block(), a, b.block(), b, enclosingOk);
    }

    // ---------------------------------------------------------------- values

    /** Whether {@code value} is available to {@code user}: defined before it, and not by an op enclosing it. */
    public boolean properlyDominates(Value value, Operation user) {
        if (value instanceof BlockArgument arg) return dominates(arg.owner(), user.block());
        return properlyDominates(value.definingOp(), user, false);
    }

    /** Whether {@code value} is defined by {@code op} or properly dominates it. */
    public boolean dominates(Value value, Operation op) {
        return value.definingOp() == op || properlyDominates(value, op);
    }

    // ---------------------------------------------------------------- blocks

    /** Whether {@code a} is {@code b} or properly dominates it. */
    public boolean dominates(Block a, Block b) {
        return a == b || properlyDominates(a, b);
    }

    /**
     * Whether {@code a} properly dominates {@code b}: a block in another region dominates the
     * blocks nested in the ops it holds or dominates.
     */
    public boolean properlyDominates(Block a, Block b) {
        return properlyDominates(a, a.first(), b, b.first(), true);
    }

    /**
     * The nearest block that dominates both (in the innermost region holding both, possibly
     * through ancestors), or null when there is none.
     */
    public Block nearestCommonDominator(Block a, Block b) {
        if (a == null || b == null) return null;
        if (a == b) return a;
        Block[] pair = inSameRegion(a, b);
        if (pair == null) return null;
        if (pair[0] == pair[1]) return pair[0];
        return tree(pair[0].parent()).nearestCommonDominator(pair[0], pair[1]);
    }

    // ---------------------------------------------------------------- positions

    /**
     * Whether the position before {@code aOp} in {@code aBlock} properly dominates the one
     * before {@code bOp} in {@code bBlock}; a null op stands for the end of its block.
     */
    private boolean properlyDominates(Block aBlock, Operation aOp, Block bBlock, Operation bOp, boolean enclosingOk) {
        if (aBlock == bBlock && aOp == bOp) return !hasSsaDominance(aBlock);
        Region aRegion = aBlock.parent();
        if (aRegion != bBlock.parent()) {
            if (aRegion == null) return false;
            // Move b up to the op enclosing it in a's region.
            Operation enclosing = bBlock.parentOp();
            while (enclosing != null && enclosing.parentRegion() != aRegion) enclosing = enclosing.parentOp();
            if (enclosing == null) return false;
            bBlock = enclosing.block();
            bOp = enclosing;
            if (aBlock == bBlock && aOp == bOp && enclosingOk) return true;
        }
        if (aBlock == bBlock) {
            if (!hasSsaDominance(aBlock)) return true;
            if (aOp == bOp || aOp == null) return false;
            if (bOp == null) return true;
            return aOp.isBeforeInBlock(bOp);
        }
        return tree(aRegion).properlyDominates(aBlock, bBlock);
    }

    /** The ancestors of two blocks (themselves included) that lie in one region, or null. */
    private static Block[] inSameRegion(Block a, Block b) {
        Region aRegion = a.parent();
        Region bRegion = b.parent();
        if (aRegion == bRegion) return new Block[] {a, b};
        int aDepth = 0;
        for (Block x = a; x != null; x = ancestor(x)) {
            aDepth++;
            if (x.parent() == bRegion) return new Block[] {x, b};
        }
        int bDepth = 0;
        for (Block x = b; x != null; x = ancestor(x)) {
            bDepth++;
            if (x.parent() == aRegion) return new Block[] {a, x};
        }
        while (aDepth > bDepth) {
            a = ancestor(a);
            aDepth--;
        }
        while (bDepth > aDepth) {
            b = ancestor(b);
            bDepth--;
        }
        while (a != null && b != null) {
            if (a.parent() == b.parent()) return new Block[] {a, b};
            a = ancestor(a);
            b = ancestor(b);
        }
        return null;
    }

    /** The block holding the op whose region holds {@code block}, or null at the top. */
    private static Block ancestor(Block block) {
        Operation op = block.parentOp();
        return op == null ? null : op.block();
    }
}
