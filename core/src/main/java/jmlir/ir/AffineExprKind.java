package jmlir.ir;

/** The kinds of affine expression nodes. */
public enum AffineExprKind {
    ADD(" + "),
    MUL(" * "),
    MOD(" mod "),
    FLOOR_DIV(" floordiv "),
    CEIL_DIV(" ceildiv "),
    CONSTANT(null),
    DIM(null),
    SYMBOL(null);

    private final String spelling;

    AffineExprKind(String spelling) {
        this.spelling = spelling;
    }

    /** Whether nodes of this kind have two operands. */
    public boolean isBinary() {
        return spelling != null;
    }

    /** How the operator prints between its operands, spaces included; null for leaves. */
    String spelling() {
        return spelling;
    }
}
