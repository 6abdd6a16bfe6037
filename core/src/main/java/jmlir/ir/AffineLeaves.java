package jmlir.ir;

/** Shared instances of the most common affine leaves. */
final class AffineLeaves {
    static final int CACHED = 64;
    static final long MIN_CACHED = -128;
    static final long MAX_CACHED = 1024;
    static final AffineDimExpr[] DIMS = new AffineDimExpr[CACHED];
    static final AffineSymbolExpr[] SYMBOLS = new AffineSymbolExpr[CACHED];
    static final AffineConstantExpr[] CONSTANTS = new AffineConstantExpr[(int) (MAX_CACHED - MIN_CACHED + 1)];

    static {
        for (int i = 0; i < CACHED; i++) {
            DIMS[i] = new AffineDimExpr(i);
            SYMBOLS[i] = new AffineSymbolExpr(i);
        }
        for (int i = 0; i < CONSTANTS.length; i++) CONSTANTS[i] = new AffineConstantExpr(MIN_CACHED + i);
    }

    private AffineLeaves() {
    }
}
