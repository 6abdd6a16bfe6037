package jmlir.ir;

/** A 64-bit signed integer constant in an affine expression. */
public record AffineConstantExpr(long value) implements AffineExpr {
    @Override
    public AffineExprKind kind() {
        return AffineExprKind.CONSTANT;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 0x9E3779B1 + 3;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineConstantExpr that && value == that.value;
    }
}
