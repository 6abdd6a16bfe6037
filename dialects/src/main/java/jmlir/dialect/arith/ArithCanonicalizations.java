package jmlir.dialect.arith;

import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.List;

/** The canonicalization patterns each arith op contributes. */
final class ArithCanonicalizations {
    private ArithCanonicalizations() {
    }

    static List<RewritePattern> forOp(String name) {
        List<RewritePattern> patterns = new ArrayList<>(IntegerCanonicalizations.forOp(name));
        patterns.addAll(FloatCanonicalizations.forOp(name));
        return patterns;
    }
}
