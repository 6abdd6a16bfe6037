package jmlir.ir;

/**
 * {@code lhs <op> rhs} for one of the binary kinds. Instances come from the simplifying
 * combinators of {@link AffineExpr}; the node caches its hash, whether it is free of dimensions
 * and its known divisor, so that building and comparing expressions stays cheap.
 */
public final class AffineBinaryOpExpr implements AffineExpr {
    private final AffineExprKind kind;
    private final AffineExpr lhs;
    private final AffineExpr rhs;
    private final int hash;
    private final boolean symbolicOrConstant;
    private final long knownDivisor;

    /** Builds the node as given, without simplification. */
    AffineBinaryOpExpr(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
        if (!kind.isBinary()) throw new IllegalArgumentException(kind + " is not a binary operation");
        this.kind = kind;
        this.lhs = lhs;
        this.rhs = rhs;
        int h = kind.ordinal() * 0x9E3779B1;
        h = (h ^ lhs.hashCode()) * 0x01000193;
        h = (h ^ rhs.hashCode()) * 0x01000193;
        this.hash = h ^ (h >>> 15);
        this.symbolicOrConstant = lhs.isSymbolicOrConstant() && rhs.isSymbolicOrConstant();
        this.knownDivisor = AffineSimplifier.divisorOf(kind, lhs, rhs);
    }

    @Override
    public AffineExprKind kind() {
        return kind;
    }

    public AffineExpr lhs() {
        return lhs;
    }

    public AffineExpr rhs() {
        return rhs;
    }

    boolean symbolicOrConstant() {
        return symbolicOrConstant;
    }

    long knownDivisor() {
        return knownDivisor;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof AffineBinaryOpExpr b && hash == b.hash && kind == b.kind && lhs.equals(b.lhs)
                && rhs.equals(b.rhs);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        print(sb);
        return sb.toString();
    }
}
