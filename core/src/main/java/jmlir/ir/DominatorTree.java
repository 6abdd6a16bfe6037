package jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of one region's blocks (see {@link #computeIdoms}). Blocks not reachable
 * from the entry block are not in the tree: every block dominates them, and they dominate nothing.
 */
public final class DominatorTree {
    /** Reachable blocks by reverse post-order number; the entry block is number 0. */
    private final Block[] blocks;
    private final Map<Block, Integer> number = new IdentityHashMap<>();
    /** The immediate dominator's number of each block; the entry's is itself. */
    private final int[] idom;
    private List<Block>[] children;
    /** Depth-first entry and exit times of each block in the tree. */
    private final int[] enter;
    private final int[] exit;

    public DominatorTree(Region region) {
        Block entry = region.entryBlock();
        if (entry == null) {
            blocks = new Block[0];
            idom = new int[0];
            enter = new int[0];
            exit = new int[0];
            return;
        }
        List<Block> postOrder = region.postOrder();
        int n = postOrder.size();
        blocks = new Block[n];
        for (int i = 0; i < n; i++) {
            blocks[i] = postOrder.get(n - 1 - i);
            number.put(blocks[i], i);
        }
        idom = computeIdoms();
        enter = new int[n];
        exit = new int[n];
        numberTree();
    }

    /**
     * The immediate dominators, by the Semi-NCA algorithm (as LLVM's dominator trees): semi-
     * dominators from a depth-first walk, then each immediate dominator as the nearest ancestor
     * in the walk's tree not below the semi-dominator. Nearly linear, also for deep CFGs.
     */
    private int[] computeIdoms() {
        int n = blocks.length;
        // Depth-first preorder of the reachable blocks, with each one's parent in the walk.
        int[] order = new int[n];
        int[] preorder = new int[n];
        int[] parent = new int[n];
        Arrays.fill(preorder, -1);
        int[] stack = new int[n];
        int[] nextSuccessor = new int[n];
        int visited = 0;
        int depth = 0;
        stack[depth++] = 0;
        preorder[0] = visited;
        order[visited++] = 0;
        while (depth > 0) {
            int b = stack[depth - 1];
            Operation term = blocks[b].last();
            int count = term == null ? 0 : term.numSuccessors();
            if (nextSuccessor[b] == count) {
                depth--;
                continue;
            }
            Integer t = number.get(term.successor(nextSuccessor[b]++));
            if (t == null || preorder[t] != -1) continue;
            preorder[t] = visited;
            order[visited++] = t;
            parent[preorder[t]] = preorder[b];
            stack[depth++] = t;
        }
        // Predecessors, in preorder numbers.
        List<List<Integer>> preds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) {
            Operation term = blocks[i].last();
            if (term == null) continue;
            for (int s = 0; s < term.numSuccessors(); s++) {
                Integer t = number.get(term.successor(s));
                if (t != null) preds.get(preorder[t]).add(preorder[i]);
            }
        }
        int[] semi = new int[n];
        int[] label = new int[n];
        int[] ancestor = new int[n];
        for (int v = 0; v < n; v++) {
            semi[v] = v;
            label[v] = v;
            ancestor[v] = -1;
        }
        for (int w = n - 1; w >= 1; w--) {
            for (int v : preds.get(w)) {
                int u = eval(v, ancestor, label, semi, stack);
                if (semi[u] < semi[w]) semi[w] = semi[u];
            }
            ancestor[w] = parent[w];
        }
        int[] idomPre = new int[n];
        for (int w = 1; w < n; w++) {
            int d = parent[w];
            while (d > semi[w]) d = idomPre[d];
            idomPre[w] = d;
        }
        int[] dom = new int[n];
        for (int w = 0; w < n; w++) dom[order[w]] = order[idomPre[w]];
        return dom;
    }

    /**
     * The vertex of least semi-dominator on the path from {@code v} up the linked forest,
     * compressing that path on the way (iteratively: paths can be as long as the CFG is deep).
     */
    private static int eval(int v, int[] ancestor, int[] label, int[] semi, int[] stack) {
        if (ancestor[v] == -1) return v;
        int depth = 0;
        int x = v;
        while (ancestor[ancestor[x]] != -1) {
            stack[depth++] = x;
            x = ancestor[x];
        }
        while (depth > 0) {
            int y = stack[--depth];
            int a = ancestor[y];
            if (semi[label[a]] < semi[label[y]]) label[y] = label[a];
            ancestor[y] = ancestor[a];
        }
        return label[v];
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
        // a dominates b when b's visit of the tree lies within a's.
        return enter[ia] <= enter[ib] && exit[ib] <= exit[ia];
    }

    /**
     * Numbers each block on entering and leaving it in a depth-first walk of the tree, so that a
     * dominance query is two comparisons, not a walk up the tree (which deep CFGs make long).
     */
    private void numberTree() {
        int n = blocks.length;
        int[] in = enter;
        int[] out = exit;
        int[] firstChild = new int[n];
        int[] nextSibling = new int[n];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        for (int i = n - 1; i >= 1; i--) {
            nextSibling[i] = firstChild[idom[i]];
            firstChild[idom[i]] = i;
        }
        int clock = 0;
        int[] stack = new int[n];
        int[] cursor = new int[n];
        int depth = 0;
        if (n > 0) {
            stack[0] = 0;
            cursor[0] = firstChild[0];
            in[0] = clock++;
            depth = 1;
        }
        while (depth > 0) {
            int top = stack[depth - 1];
            int child = cursor[depth - 1];
            if (child == -1) {
                out[top] = clock++;
                depth--;
                continue;
            }
            cursor[depth - 1] = nextSibling[child];
            in[child] = clock++;
            stack[depth] = child;
            cursor[depth] = firstChild[child];
            depth++;
        }
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
