package jmlir.transform;

import jmlir.ir.Block;
import jmlir.ir.DominanceInfo;
import jmlir.ir.DominatorTree;
import jmlir.ir.Location;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpOperand;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.SideEffects;
import jmlir.ir.Trait;
import jmlir.ir.Value;
import jmlir.rewrite.Rewriter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Common sub-expression elimination over the ops nested in one op, as MLIR's CSE does it: blocks
 * are walked down the dominator tree with a scoped table of the ops seen so far; an op
 * equivalent to one that dominates it is replaced by that one. Ops without memory effects
 * qualify, and ops that only read, when the earlier one is in the same block with nothing
 * between them that may write. Ops already trivially dead when visited are erased (after their
 * regions were simplified; ops they feed are not revisited). Erasure happens at the end, in the
 * order the ops were found.
 *
 * <p>Ops isolated from above, and unregistered ops (which may be), start a fresh table for
 * their regions. In a graph region only the uses in ops not yet seen are replaced. Regions with
 * several blocks and no SSA dominance, blocks no branch reaches, and ops with a multi-block
 * region are left alone.
 */
public final class CseDriver {
    private final Rewriter rewriter;
    private final DominanceInfo dominance;
    private final List<Operation> opsToErase = new ArrayList<>();
    /**
     * For a read-only op, how far past it the search for writes got: to the op in the value,
     * with (true) or without (false) finding one. Valid within one block.
     */
    private final Map<Operation, Scan> scans = new IdentityHashMap<>();
    private long numCse;
    private long numDce;

    private record Scan(Operation reached, boolean foundWrite) {
    }

    public CseDriver(Rewriter rewriter, DominanceInfo dominance) {
        this.rewriter = rewriter;
        this.dominance = dominance;
    }

    /** Ops replaced by an equivalent one so far. */
    public long numCse() {
        return numCse;
    }

    /** Trivially dead ops erased so far. */
    public long numDce() {
        return numDce;
    }

    /** Simplifies every region of {@code op}; returns whether anything was erased. */
    public boolean simplify(Operation op) {
        ScopedOpTable known = new ScopedOpTable();
        for (int i = 0; i < op.numRegions(); i++) simplifyRegion(known, op.region(i));
        boolean changed = !opsToErase.isEmpty();
        for (Operation dead : opsToErase) rewriter.eraseOp(dead);
        opsToErase.clear();
        return changed;
    }

    private void simplifyRegion(ScopedOpTable known, Region region) {
        if (region.isEmpty()) return;
        boolean ssa = DominanceInfo.hasSsaDominance(region);
        if (region.hasOneBlock()) {
            known.openScope();
            simplifyBlock(known, region.entryBlock(), ssa);
            known.closeScope();
            return;
        }
        if (!ssa) return;
        // Depth-first down the dominator tree: a block sees the ops of the blocks dominating it.
        DominatorTree tree = dominance.tree(region);
        List<Block> blocks = new ArrayList<>();
        List<Integer> nextChild = new ArrayList<>();
        blocks.add(tree.root());
        nextChild.add(-1);
        while (!blocks.isEmpty()) {
            int top = blocks.size() - 1;
            Block block = blocks.get(top);
            int child = nextChild.get(top);
            if (child == -1) {
                known.openScope();
                simplifyBlock(known, block, true);
                child = 0;
            }
            List<Block> children = tree.children(block);
            if (child < children.size()) {
                nextChild.set(top, child + 1);
                blocks.add(children.get(child));
                nextChild.add(-1);
            } else {
                known.closeScope();
                blocks.removeLast();
                nextChild.removeLast();
            }
        }
    }

    private void simplifyBlock(ScopedOpTable known, Block block, boolean ssa) {
        for (Operation op = block.first(); op != null; op = op.nextInBlock()) {
            if (op.numRegions() != 0) {
                // Values from outside must not flow into a region that only sees what it is given.
                ScopedOpTable regionTable = mightBeIsolated(op) ? new ScopedOpTable() : known;
                for (int i = 0; i < op.numRegions(); i++) simplifyRegion(regionTable, op.region(i));
            }
            simplifyOperation(known, op, ssa);
        }
        scans.clear();
    }

    private static boolean mightBeIsolated(Operation op) {
        return !op.isRegistered() || op.hasTrait(Trait.ISOLATED_FROM_ABOVE);
    }

    private void simplifyOperation(ScopedOpTable known, Operation op, boolean ssa) {
        if (op.hasTrait(Trait.TERMINATOR)) return;
        // Regions come first even for a dead op, so what they merge into outer ops happens too.
        if (SideEffects.isOpTriviallyDead(op)) {
            opsToErase.add(op);
            numDce++;
            return;
        }
        for (int i = 0; i < op.numRegions(); i++) {
            if (op.region(i).blocks().size() > 1) return;
        }
        if (!SideEffects.isMemoryEffectFree(op)) {
            if (!SideEffects.hasOnlyEffect(op, MemoryEffect.Kind.READ)) return;
            Operation existing = known.lookup(op);
            if (existing != null && existing.block() == op.block() && !mayWriteBetween(existing, op)) {
                replace(known, op, existing, ssa);
                return;
            }
            known.insert(op);
            return;
        }
        Operation existing = known.lookup(op);
        if (existing != null) {
            replace(known, op, existing, ssa);
            return;
        }
        known.insert(op);
    }

    /** Makes the uses of {@code op} use {@code existing}, and erases op once none is left. */
    private void replace(ScopedOpTable known, Operation op, Operation existing, boolean ssa) {
        if (ssa) {
            // With SSA dominance no use of op has been visited yet.
            rewriter.replaceAllOpUsesWith(op, results(existing));
            opsToErase.add(op);
        } else {
            // In a graph region, ops already visited keep their operands.
            Predicate<OpOperand> notVisited = use -> !known.contains(use.owner());
            if (rewriter.listener() instanceof Rewriter.Listener listener) {
                for (int i = 0; i < op.numResults(); i++) {
                    if (allUses(op.result(i), notVisited)) listener.operationReplaced(op, results(existing));
                }
            }
            // Each use is judged after the ones before it were replaced, as an owner's operands
            // (and so what it is equivalent to) may have just changed.
            for (int i = 0; i < op.numResults(); i++) {
                Value to = existing.result(i);
                List<OpOperand> uses = new ArrayList<>();
                for (OpOperand use : op.result(i).uses()) uses.add(use);
                for (OpOperand use : uses) {
                    if (notVisited.test(use)) rewriter.modifyOpInPlace(use.owner(), () -> use.set(to));
                }
            }
            if (op.useEmpty()) opsToErase.add(op);
        }
        if (existing.location() instanceof Location.Unknown && !(op.location() instanceof Location.Unknown)) {
            existing.setLocation(op.location());
        }
        numCse++;
    }

    private static boolean allUses(Value value, Predicate<OpOperand> test) {
        for (OpOperand use : value.uses()) if (!test.test(use)) return false;
        return true;
    }

    private static List<Value> results(Operation op) {
        List<Value> values = new ArrayList<>(op.numResults());
        for (int i = 0; i < op.numResults(); i++) values.add(op.result(i));
        return values;
    }

    /**
     * Whether an op between {@code from} and {@code to} (same block, from first) may write:
     * it states a write, or its effects are unknown.
     */
    private boolean mayWriteBetween(Operation from, Operation to) {
        Scan scan = scans.get(from);
        Operation next = from.nextInBlock();
        if (scan != null) {
            if (scan.foundWrite()) return true;
            next = scan.reached();
        }
        for (; next != null && next != to; next = next.nextInBlock()) {
            List<MemoryEffect> effects = SideEffects.effectsRecursively(next);
            if (effects == null || writes(effects)) {
                scans.put(from, new Scan(next, true));
                return true;
            }
        }
        scans.put(from, new Scan(to, false));
        return false;
    }

    private static boolean writes(List<MemoryEffect> effects) {
        for (MemoryEffect e : effects) if (e.kind() == MemoryEffect.Kind.WRITE) return true;
        return false;
    }
}
