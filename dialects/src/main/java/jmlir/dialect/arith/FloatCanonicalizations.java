package jmlir.dialect.arith;

import jmlir.rewrite.RewritePattern;

import java.util.List;

/** Canonicalization patterns of the arith ops on float values. */
final class FloatCanonicalizations {
    private FloatCanonicalizations() {
    }

    static List<RewritePattern> forOp(String name) {
        return List.of();
    }
}
