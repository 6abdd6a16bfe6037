package jmlir.ir;

/** The dimension identifier {@code d<position>} of an affine map or integer set. */
public record AffineDimExpr(int position) implements AffineExpr {
    public AffineDimExpr {
        if (position < 0) throw new IllegalArgumentException("negative dimension position " + position);
    }

    @Override
    public AffineExprKind kind() {
        return AffineExprKind.DIM;
    }

    @Override
    public int hashCode() {
        return position * 0x9E3779B1 + 1;
    }

    @Override
    public String toString() {
        return "d" + position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineDimExpr that && position == that.position;
    }
}
