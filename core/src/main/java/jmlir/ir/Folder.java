package jmlir.ir;

import java.util.List;

/**
 * An op's fold hook: computes its results from its operands without creating ops. {@code
 * constants[i]} is operand i's constant value, or null when it is not a constant.
 */
@FunctionalInterface
public interface Folder {
    /**
     * Adds one {@link FoldResult} per result to {@code results} and returns true; or returns true
     * with {@code results} left empty after updating {@code op} in place; or returns false when
     * {@code op} does not fold.
     */
    boolean fold(Operation op, Attribute[] constants, List<FoldResult> results);

    /** A fold hook of a single-result op. */
    @FunctionalInterface
    interface Single {
        /**
         * The folded result, {@code op.result(0)} after updating {@code op} in place, or null
         * when {@code op} does not fold.
         */
        FoldResult fold(Operation op, Attribute[] constants);
    }

    static Folder single(Single f) {
        return (op, constants, results) -> {
            FoldResult r = f.fold(op, constants);
            if (r == null) return false;
            if (r != op.result(0)) results.add(r);
            return true;
        };
    }
}
