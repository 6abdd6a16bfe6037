package jmlir.dialect.arith;

import jmlir.rewrite.RewritePattern;

import java.util.List;

/** Canonicalization patterns of the arith ops on integer values. */
final class IntegerCanonicalizations {
    private IntegerCanonicalizations() {
    }

    static List<RewritePattern> forOp(String name) {
        return List.of();
    }
}
