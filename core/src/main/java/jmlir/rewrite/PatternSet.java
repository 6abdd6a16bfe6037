package jmlir.rewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patterns grouped by the op name they are rooted on, each group ordered by decreasing
 * benefit (patterns of equal benefit keep the order they were given in).
 */
public final class PatternSet {
    private static final Comparator<RewritePattern> BY_BENEFIT = (a, b) -> Integer.compare(b.benefit(), a.benefit());

    private final Map<String, List<RewritePattern>> byRoot = new HashMap<>();
    private final List<RewritePattern> anyOp = new ArrayList<>();

    public PatternSet(List<? extends RewritePattern> patterns) {
        for (RewritePattern p : patterns) {
            if (p.rootName() == null) anyOp.add(p);
            else byRoot.computeIfAbsent(p.rootName(), k -> new ArrayList<>()).add(p);
        }
        anyOp.sort(BY_BENEFIT);
        for (List<RewritePattern> group : byRoot.values()) group.sort(BY_BENEFIT);
    }

    /** The patterns rooted on ops named {@code opName}, best first. */
    List<RewritePattern> forRoot(String opName) {
        return byRoot.getOrDefault(opName, List.of());
    }

    /** The patterns rooted on any op, best first. */
    List<RewritePattern> anyOp() {
        return anyOp;
    }

}
