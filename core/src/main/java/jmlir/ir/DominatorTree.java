package jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of one region's blocks, built with Cooper, Harvey and Kennedy's iterative
 * method. Blocks not reachable from the entry block are not in the tree: every block dominates
 * them, and they dominate nothing.
 */
public final class DominatorTree {
    /** Reachable blocks by reverse post-order number; the entry block is number 0. */
    private final Block[] blocks;
    private final Map<Block, Integer> number = new IdentityHashMap<>();
    /** The immediate dominator's number of each block; the entry's is itself. */
    private final int[] idom;
    private List<Block>[] children;

    public DominatorTree(Region region) {
        Block entry = region.entryBlock();
        if (entry == null) {
            blocks = new Block[0];
            idom = new int[0];
            return;
        }
        List<Block> postOrder = postOrder(entry);
        int n = postOrder.size();
        blocks = new Block[n];
        for (int i = 0; i < n; i++) {
            blocks[i] = postOrder.get(n - 1 - i);
            number.put(blocks[i], i);
        }
        idom = computeIdoms();
    }

    /** Iterative depth-first post-order from the entry, successors in order, so long chains do not recurse. */
    private static List<Block> postOrder(Block entry) {
        List<Block> order = new ArrayList<>();
        Map<Block, Boolean> visited = new IdentityHashMap<>();
        ArrayList<Block> stack = new ArrayList<>();
        ArrayList<Integer> next = new ArrayList<>();
        stack.add(entry);
        next.add(0);
        visited.put(entry, true);
        Region region = entry.parent();
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            Operation term = b.last();
            int s = next.get(top);
            if (term != null && s < term.numSuccessors()) {
                next.set(top, s + 1);
                Block succ = term.successor(s);
                if (succ.parent() == region && visited.putIfAbsent(succ, true) == null) {
                    stack.add(succ);
                    next.add(0);
                }
            } else {
                stack.removeLast();
                next.removeLast();
                order.add(b);
            }
        }
        return order;
    }

    private int[] computeIdoms() {
        int n = blocks.length;
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) {
            Operation term = blocks[i].last();
            if (term == null) continue;
            for (int s = 0; s < term.numSuccessors(); s++) {
                Integer t = number.get(term.successor(s));
                if (t != null) preds.get(t).add(i);
            }
        }
        int[] dom = new int[n];
        Arrays.fill(dom, -1);
        dom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < n; b++) {
                int newIdom = -1;
                for (int p : preds.get(b)) {
                    if (dom[p] == -1) continue;
                    newIdom = newIdom == -1 ? p : intersect(dom, p, newIdom);
                }
                if (newIdom != -1 && dom[b] != newIdom) {
                    dom[b] = newIdom;
                    changed = true;
                }
            }
        }
        return dom;
    }

    /** The nearest common dominator of two numbered blocks (numbers grow away from the entry). */
    private static int intersect(int[] dom, int a, int b) {
        while (a != b) {
            while (a > b) a = dom[a];
            while (b > a) b = dom[b];
        }
        return a;
    }

    /** The entry block, or null for an empty region. */
    public Block root() {
        return blocks.length == 0 ? null : blocks[0];
    }

    public boolean isReachable(Block block) {
        return number.containsKey(block);
    }

    /** The block's immediate dominator; null for the entry and for unreachable blocks. */
    public Block immediateDominator(Block block) {
        Integer i = number.get(block);
        return i == null || i == 0 ? null : blocks[idom[i]];
    }

    /** The blocks {@code block} immediately dominates, in reverse post-order. */
    public List<Block> children(Block block) {
        Integer i = number.get(block);
        if (i == null) return List.of();
        if (children == null) children = buildChildren();
        return children[i];
    }

    @SuppressWarnings("unchecked")
    private List<Block>[] buildChildren() {
        List<Block>[] lists = new List[blocks.length];
        for (int i = 0; i < blocks.length; i++) lists[i] = new ArrayList<>(2);
        for (int i = 1; i < blocks.length; i++) lists[idom[i]].add(blocks[i]);
        return lists;
    }

    /** Whether {@code a} dominates {@code b}: a block dominates itself, and every block dominates an unreachable one. */
    public boolean dominates(Block a, Block b) {
        if (a == b) return true;
        Integer ib = number.get(b);
        if (ib == null) return true;
        Integer ia = number.get(a);
        if (ia == null) return false;
        int target = ia;
        int x = ib;
        while (x > target) x = idom[x];
        return x == target;
    }

    public boolean properlyDominates(Block a, Block b) {
        return a != b && dominates(a, b);
    }

    /** The nearest block dominating both, or null when one of them is unreachable. */
    public Block nearestCommonDominator(Block a, Block b) {
        Integer ia = number.get(a);
        Integer ib = number.get(b);
        if (ia == null || ib == null) return null;
        return blocks[intersect(idom, ia, ib)];
    }
}
