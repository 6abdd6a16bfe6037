package jmlir.rewrite;

import jmlir.ir.Operation;

/**
 * A rewrite rooted on ops of one name (or on any op when the root is null): it matches an op
 * and, when it does, rewrites the IR through the given rewriter. Among the patterns that apply
 * to an op, those of higher benefit are tried first.
 */
public abstract class RewritePattern {
    private final String rootName;
    private final int benefit;

    protected RewritePattern(String rootName, int benefit) {
        this.rootName = rootName;
        this.benefit = benefit;
    }

    protected RewritePattern(String rootName) {
        this(rootName, 1);
    }

    /** The op name the pattern matches, or null for any op. */
    public final String rootName() {
        return rootName;
    }

    public final int benefit() {
        return benefit;
    }

    /** The name reported in traces and statistics. */
    public String debugName() {
        return getClass().getSimpleName();
    }

    /**
     * Rewrites the IR rooted at {@code op} and returns true, or returns false without having
     * changed anything.
     */
    public abstract boolean matchAndRewrite(Operation op, PatternRewriter rewriter);

    /** A rewrite given as a function. */
    @FunctionalInterface
    public interface Rewrite {
        boolean matchAndRewrite(Operation op, PatternRewriter rewriter);
    }

    /** A pattern from a function, named for traces. */
    public static RewritePattern of(String debugName, String rootName, int benefit, Rewrite rewrite) {
        return new RewritePattern(rootName, benefit) {
            @Override
            public boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
                return rewrite.matchAndRewrite(op, rewriter);
            }

            @Override
            public String debugName() {
                return debugName;
            }
        };
    }
}
