package jmlir.rewrite;

import jmlir.ir.Context;

/** The rewriter a pattern changes IR through; its driver listens to every change. */
public class PatternRewriter extends Rewriter {
    public PatternRewriter(Context context) {
        super(context);
    }
}
