package jmlir.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the structural rules every operation must follow, as MLIR's verifier does: block
 * terminators, successors within their region, entry blocks without predecessors, the
 * constraints of registered operations, and SSA dominance (except in graph regions).
 * Reports the first problem found.
 */
public final class Verifier {
    private final Map<Region, Dominance> dominance = new IdentityHashMap<>();

    private Verifier() {
    }

    /** Returns the first error found in {@code root} and everything nested in it, or null. */
    public static Diagnostic verify(Operation root) {
        Verifier v = new Verifier();
        Diagnostic d = v.verifyStructure(root);
        if (d == null) d = v.verifyDominance(root);
        return d;
    }

    private static Diagnostic error(Operation op, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, op.location(), message).setOperation(op);
    }

    // ---------------------------------------------------------------- structure

    private Diagnostic verifyStructure(Operation op) {
        Diagnostic d = OpVerification.verify(op);
        if (d != null) return d;
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            for (Block block : region.blocks()) {
                d = verifyBlock(op, region, block);
                if (d != null) return d;
                for (Operation nested : block) {
                    d = verifyStructure(nested);
                    if (d != null) return d;
                }
            }
        }
        return null;
    }

    private Diagnostic verifyBlock(Operation parent, Region region, Block block) {
        if (block.isEntryBlock() && block.hasPredecessors()) {
            return error(parent, "entry block of region may not have predecessors");
        }
        for (Operation op : block) {
            for (int i = 0; i < op.numSuccessors(); i++) {
                if (op.successor(i).parent() != region) {
                    return error(op, "branching to block of a different region");
                }
            }
        }
        if (block.isEmpty()) {
            if (region.blocks().size() == 1 && (!parent.isRegistered() || parent.hasTrait(Trait.NO_TERMINATOR))) {
                return null;
            }
            return error(parent, "empty block: expect at least a terminator");
        }
        if (parent.isRegistered() && !parent.hasTrait(Trait.NO_TERMINATOR)) {
            Operation last = block.last();
            if (last.isRegistered() && !last.hasTrait(Trait.TERMINATOR)) {
                return error(last, "block with no terminator, has " + last.name().name());
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- dominance

    /**
     * Only regions of registered ops that are not graph regions need SSA dominance; the kind of
     * an unregistered op's regions is unknown, so they are not checked.
     */
    private static boolean hasSsaDominance(Region region) {
        Operation op = region.parentOp();
        return op.isRegistered() && !op.hasTrait(Trait.GRAPH_REGIONS);
    }

    private Diagnostic verifyDominance(Operation op) {
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            boolean ssa = hasSsaDominance(region);
            for (Block block : region.blocks()) {
                boolean reachable = !ssa || dominanceOf(region).isReachable(block);
                for (Operation nested : block) {
                    if (reachable) {
                        for (int i = 0; i < nested.numOperands(); i++) {
                            Value v = nested.operand(i);
                            if (!properlyDominates(v, nested)) return invalidDominance(nested, i);
                        }
                    }
                    Diagnostic d = verifyDominance(nested);
                    if (d != null) return d;
                }
            }
        }
        return null;
    }

    /** Whether {@code value} is available at {@code user}. */
    private boolean properlyDominates(Value value, Operation user) {
        Block defBlock = value.parentBlock();
        if (defBlock == null) return false;
        Region defRegion = defBlock.parent();
        // Find the ancestor of the user that sits directly in the region defining the value.
        Operation ancestor = user;
        while (ancestor != null && (ancestor.block() == null || ancestor.block().parent() != defRegion)) {
            ancestor = ancestor.parentOp();
        }
        if (ancestor == null) return false;
        if (!hasSsaDominance(defRegion)) return true;
        Block useBlock = ancestor.block();
        if (useBlock == defBlock) {
            Operation def = value.definingOp();
            if (def == null) return true;
            // A use inside the defining op's own regions is not dominated by its results.
            return def != ancestor && def.isBeforeInBlock(ancestor);
        }
        return dominanceOf(defRegion).dominates(defBlock, useBlock);
    }

    private Dominance dominanceOf(Region region) {
        return dominance.computeIfAbsent(region, Dominance::new);
    }

    private static Diagnostic invalidDominance(Operation op, int operandIndex) {
        Diagnostic d = error(op, "operand #" + operandIndex + " does not dominate this use");
        Value v = op.operand(operandIndex);
        Operation def = v.definingOp();
        if (def != null) {
            Region useRegion = op.block().parent();
            Region defRegion = def.block().parent();
            String where;
            if (op.block() == def.block()) where = " (op in the same block)";
            else if (useRegion == defRegion) where = " (op in the same region)";
            else if (isProperAncestor(defRegion, useRegion)) where = " (op in a parent region)";
            else if (isProperAncestor(useRegion, defRegion)) where = " (op in a child region)";
            else where = " (op is neither in a parent nor in a child region)";
            d.attachNote(def.location(), "operand defined here" + where);
        } else if (v instanceof BlockArgument arg) {
            Block b = arg.owner();
            int blockNo = b.parent() == null ? -1 : b.parent().blocks().indexOf(b);
            Operation parent = b.parentOp();
            String where = parent == null ? "" : " in '" + parent.name().name() + "'";
            d.attachNote(parent == null ? arg.location() : parent.location(),
                    "operand defined as a block argument (block #" + blockNo + " in a " + regionRelation(op, b)
                            + ")");
        }
        return d;
    }

    private static String regionRelation(Operation user, Block argBlock) {
        Region useRegion = user.block().parent();
        Region defRegion = argBlock.parent();
        if (useRegion == defRegion) return "the same region";
        if (isProperAncestor(defRegion, useRegion)) return "parent region";
        if (isProperAncestor(useRegion, defRegion)) return "child region";
        return "region that is neither a parent nor a child";
    }

    private static boolean isProperAncestor(Region ancestor, Region region) {
        Operation op = region.parentOp();
        while (op != null && op.block() != null) {
            Region r = op.block().parent();
            if (r == ancestor) return true;
            op = r.parentOp();
        }
        return false;
    }

    /** The dominator tree of one region's blocks (Cooper, Harvey and Kennedy's iterative method). */
    private static final class Dominance {
        private final Map<Block, Integer> postOrder = new IdentityHashMap<>();
        private final List<Block> byPostOrder = new ArrayList<>();
        private final int[] idom;

        Dominance(Region region) {
            Block entry = region.entryBlock();
            if (entry == null) {
                idom = new int[0];
                return;
            }
            numberPostOrder(entry);
            int n = byPostOrder.size();
            idom = new int[n];
            java.util.Arrays.fill(idom, -1);
            int root = n - 1;
            idom[root] = root;
            List<List<Integer>> preds = new ArrayList<>();
            for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
            for (int i = 0; i < n; i++) {
                Operation term = byPostOrder.get(i).last();
                if (term == null) continue;
                for (int s = 0; s < term.numSuccessors(); s++) {
                    Integer t = postOrder.get(term.successor(s));
                    if (t != null) preds.get(t).add(i);
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int b = root - 1; b >= 0; b--) {
                    int newIdom = -1;
                    for (int p : preds.get(b)) {
                        if (idom[p] == -1) continue;
                        newIdom = newIdom == -1 ? p : intersect(p, newIdom);
                    }
                    if (newIdom != -1 && idom[b] != newIdom) {
                        idom[b] = newIdom;
                        changed = true;
                    }
                }
            }
        }

        private int intersect(int a, int b) {
            while (a != b) {
                while (a < b) a = idom[a];
                while (b < a) b = idom[b];
            }
            return a;
        }

        /** Iterative depth-first numbering, so that long block chains do not recurse. */
        private void numberPostOrder(Block entry) {
            Map<Block, Boolean> visited = new IdentityHashMap<>();
            ArrayList<Block> stack = new ArrayList<>();
            ArrayList<Integer> next = new ArrayList<>();
            stack.add(entry);
            next.add(0);
            visited.put(entry, true);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                Block b = stack.get(top);
                Operation term = b.last();
                int s = next.get(top);
                if (term != null && s < term.numSuccessors()) {
                    next.set(top, s + 1);
                    Block succ = term.successor(s);
                    if (succ.parent() == entry.parent() && visited.putIfAbsent(succ, true) == null) {
                        stack.add(succ);
                        next.add(0);
                    }
                } else {
                    stack.removeLast();
                    next.removeLast();
                    postOrder.put(b, byPostOrder.size());
                    byPostOrder.add(b);
                }
            }
        }

        boolean isReachable(Block b) {
            return postOrder.containsKey(b);
        }

        boolean dominates(Block a, Block b) {
            Integer ia = postOrder.get(a);
            Integer ib = postOrder.get(b);
            if (ib == null) return true;
            if (ia == null) return false;
            int x = ib;
            while (true) {
                if (x == ia) return true;
                int up = idom[x];
                if (up == x || up == -1) return false;
                x = up;
            }
        }
    }
}
