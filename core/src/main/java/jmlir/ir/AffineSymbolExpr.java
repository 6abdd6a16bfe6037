package jmlir.ir;

/** The symbol identifier {@code s<position>} of an affine map or integer set. */
public record AffineSymbolExpr(int position) implements AffineExpr {
    public AffineSymbolExpr {
        if (position < 0) throw new IllegalArgumentException("negative symbol position " + position);
    }

    @Override
    public AffineExprKind kind() {
        return AffineExprKind.SYMBOL;
    }

    @Override
    public int hashCode() {
        return position * 0x9E3779B1 + 2;
    }

    @Override
    public String toString() {
        return "s" + position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineSymbolExpr that && position == that.position;
    }
}
