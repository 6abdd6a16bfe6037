package jmlir.ir;

import static jmlir.ir.AffineExpr.constant;

/**
 * The simplifications MLIR applies whenever an affine expression is built. Each method returns
 * the simplified expression, or a new node holding the operands as given when no rule applies.
 * Arithmetic on constants is 64-bit two's complement, folding only where MLIR folds (a sum or
 * product of two constants that overflows, or a division that overflows, is kept unfolded).
 */
final class AffineSimplifier {
    private AffineSimplifier() {
    }

    // ---------------------------------------------------------------- add

    static AffineExpr add(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyAdd(lhs, rhs);
        return s != null ? s : commutativeNode(AffineExprKind.ADD, lhs, rhs);
    }

    private static AffineExpr simplifyAdd(AffineExpr lhs, AffineExpr rhs) {
        if (lhs instanceof AffineConstantExpr(long a) && rhs instanceof AffineConstantExpr(long b)) {
            long sum = a + b;
            return ((a ^ sum) & (b ^ sum)) < 0 ? null : constant(sum);
        }
        // Constants go right, then symbolic terms go right of dimension-dependent ones.
        if (lhs instanceof AffineConstantExpr || (lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())) {
            return add(rhs, lhs);
        }
        AffineBinaryOpExpr lBin = lhs instanceof AffineBinaryOpExpr b ? b : null;
        AffineBinaryOpExpr rBin = rhs instanceof AffineBinaryOpExpr b ? b : null;
        if (rhs instanceof AffineConstantExpr(long c)) {
            if (c == 0) return lhs;
            // (e + c1) + c2 -> e + (c1 + c2)
            if (lBin != null && lBin.kind() == AffineExprKind.ADD
                    && lBin.rhs() instanceof AffineConstantExpr(long c1)) {
                return add(lBin.lhs(), constant(c1 + c));
            }
        }
        // e * c1 + e * c2 -> e * (c1 + c2), where a bare e counts as e * 1.
        AffineExpr lTerm = lhs;
        long lCoeff = 1;
        if (lBin != null && lBin.kind() == AffineExprKind.MUL && lBin.rhs() instanceof AffineConstantExpr(long c)) {
            lTerm = lBin.lhs();
            lCoeff = c;
        }
        AffineExpr rTerm = rhs;
        long rCoeff = 1;
        if (rBin != null && rBin.kind() == AffineExprKind.MUL && rBin.rhs() instanceof AffineConstantExpr(long c)) {
            rTerm = rBin.lhs();
            rCoeff = c;
        }
        if (lTerm.equals(rTerm)) return mul(lTerm, constant(lCoeff + rCoeff));
        // (e + c) + f -> (e + f) + c
        if (lBin != null && lBin.kind() == AffineExprKind.ADD && lBin.rhs() instanceof AffineConstantExpr c) {
            return add(add(lBin.lhs(), rhs), c);
        }
        if (rBin == null) return null;
        return simplifyWithQuotient(lhs, lBin, rBin);
    }

    /**
     * The rules for a right operand built from a quotient: {@code e + ((e floordiv q) * q) * -1}
     * and {@code e + (e floordiv c) * -c} become {@code e mod q}; failing that,
     * {@code (a + b) + (x floordiv q) * k} becomes {@code a + (b + (x floordiv q) * k)} when the
     * inner sum simplifies. Other right operands are left alone.
     */
    private static AffineExpr simplifyWithQuotient(AffineExpr lhs, AffineBinaryOpExpr lBin, AffineBinaryOpExpr rBin) {
        AffineExpr inner = rBin.lhs();
        AffineExpr factor = rBin.rhs();
        if (factor instanceof AffineConstantExpr(long m) && m == -1
                && inner instanceof AffineBinaryOpExpr product && product.kind() == AffineExprKind.MUL) {
            if (!(product.lhs() instanceof AffineBinaryOpExpr quotient)
                    || quotient.kind() != AffineExprKind.FLOOR_DIV) {
                return null;
            }
            if (quotient.rhs().equals(product.rhs()) && lhs.equals(quotient.lhs())) return mod(lhs, product.rhs());
        }
        if (rBin.kind() != AffineExprKind.MUL || !(inner instanceof AffineBinaryOpExpr quotient)
                || quotient.kind() != AffineExprKind.FLOOR_DIV) {
            return null;
        }
        if (quotient.rhs() instanceof AffineConstantExpr(long q) && q > 0 && lhs.equals(quotient.lhs())
                && quotient.rhs().equals(factor.neg())) {
            return mod(lhs, quotient.rhs());
        }
        if (lBin != null && lBin.kind() == AffineExprKind.ADD) {
            AffineExpr combined = simplifyAdd(lBin.rhs(), rBin);
            if (combined != null) return add(lBin.lhs(), combined);
        }
        return null;
    }

    // ---------------------------------------------------------------- mul

    static AffineExpr mul(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyMul(lhs, rhs);
        return s != null ? s : commutativeNode(AffineExprKind.MUL, lhs, rhs);
    }

    /**
     * A new sum or product node. When both operands are dimensions or symbols they are put in a
     * fixed order, dimensions before symbols and each by position, as MLIR does on creation.
     */
    private static AffineExpr commutativeNode(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
        long l = leafRank(lhs);
        long r = leafRank(rhs);
        if (l >= 0 && r >= 0 && l > r) return new AffineBinaryOpExpr(kind, rhs, lhs);
        return new AffineBinaryOpExpr(kind, lhs, rhs);
    }

    private static long leafRank(AffineExpr e) {
        if (e instanceof AffineDimExpr d) return d.position();
        if (e instanceof AffineSymbolExpr s) return (1L << 32) + s.position();
        return -1;
    }

    private static AffineExpr simplifyMul(AffineExpr lhs, AffineExpr rhs) {
        if (lhs instanceof AffineConstantExpr(long a) && rhs instanceof AffineConstantExpr(long b)) {
            long product = a * b;
            return Math.multiplyHigh(a, b) != (product >> 63) ? null : constant(product);
        }
        boolean lSym = lhs.isSymbolicOrConstant();
        boolean rSym = rhs.isSymbolicOrConstant();
        if (!lSym && !rSym) return null;
        // The constant, else the symbolic operand, goes right.
        if (!rSym || lhs instanceof AffineConstantExpr) return mul(rhs, lhs);
        if (rhs instanceof AffineConstantExpr(long c)) {
            if (c == 1) return lhs;
            if (c == 0) return rhs;
        }
        if (lhs instanceof AffineBinaryOpExpr lBin && lBin.kind() == AffineExprKind.MUL
                && lBin.rhs() instanceof AffineConstantExpr(long c1)) {
            // (e * c1) * c2 -> e * (c1 * c2); (e * c1) * f -> (e * f) * c1
            if (rhs instanceof AffineConstantExpr(long c2)) return mul(lBin.lhs(), constant(c1 * c2));
            return mul(mul(lBin.lhs(), rhs), lBin.rhs());
        }
        return null;
    }

    // ---------------------------------------------------------------- floordiv, ceildiv, mod

    static AffineExpr floorDiv(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyDiv(lhs, rhs, true);
        return s != null ? s : new AffineBinaryOpExpr(AffineExprKind.FLOOR_DIV, lhs, rhs);
    }

    static AffineExpr ceilDiv(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyDiv(lhs, rhs, false);
        return s != null ? s : new AffineBinaryOpExpr(AffineExprKind.CEIL_DIV, lhs, rhs);
    }

    private static AffineExpr simplifyDiv(AffineExpr lhs, AffineExpr rhs, boolean floor) {
        if (!(rhs instanceof AffineConstantExpr(long d)) || d == 0) return null;
        if (lhs instanceof AffineConstantExpr(long n)) {
            if (n == Long.MIN_VALUE && d == -1) return null;
            return constant(floor ? Math.floorDiv(n, d) : Math.ceilDiv(n, d));
        }
        if (d == 1) return lhs;
        if (!(lhs instanceof AffineBinaryOpExpr lBin)) return null;
        // (e * c) div d -> e * (c / d) when d divides c
        if (lBin.kind() == AffineExprKind.MUL && lBin.rhs() instanceof AffineConstantExpr(long c)) {
            if (c % d == 0) return mul(lBin.lhs(), constant(c / d));
        }
        // (e + f) floordiv d -> e floordiv d + f floordiv d when d divides e or f
        if (floor && lBin.kind() == AffineExprKind.ADD) {
            if (lBin.lhs().largestKnownDivisor() % d == 0 || lBin.rhs().largestKnownDivisor() % d == 0) {
                return add(floorDiv(lBin.lhs(), rhs), floorDiv(lBin.rhs(), rhs));
            }
        }
        return null;
    }

    static AffineExpr mod(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyMod(lhs, rhs);
        return s != null ? s : new AffineBinaryOpExpr(AffineExprKind.MOD, lhs, rhs);
    }

    private static AffineExpr simplifyMod(AffineExpr lhs, AffineExpr rhs) {
        if (!(rhs instanceof AffineConstantExpr(long m)) || m < 1) return null;
        if (lhs instanceof AffineConstantExpr(long n)) return constant(Math.floorMod(n, m));
        if (lhs.largestKnownDivisor() % m == 0) return constant(0);
        if (!(lhs instanceof AffineBinaryOpExpr lBin)) return null;
        // (e + f) mod m -> f mod m when m divides e (or e mod m when it divides f)
        if (lBin.kind() == AffineExprKind.ADD) {
            if (lBin.lhs().largestKnownDivisor() % m == 0) return mod(lBin.rhs(), rhs);
            if (lBin.rhs().largestKnownDivisor() % m == 0) return mod(lBin.lhs(), rhs);
        }
        // (e mod a) mod m -> e mod m when m divides a
        if (lBin.kind() == AffineExprKind.MOD && lBin.rhs() instanceof AffineConstantExpr(long a)
                && a >= 1 && a % m == 0) {
            return mod(lBin.lhs(), rhs);
        }
        return null;
    }

    // ---------------------------------------------------------------- divisibility

    /** The known divisor of a binary node, from its operands. */
    static long divisorOf(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
        return switch (kind) {
            case MUL -> lhs.largestKnownDivisor() * rhs.largestKnownDivisor();
            case ADD, MOD -> gcdUnsigned(lhs.largestKnownDivisor(), rhs.largestKnownDivisor());
            case FLOOR_DIV, CEIL_DIV -> {
                if (rhs instanceof AffineConstantExpr(long d) && d != 0) {
                    long n = lhs.largestKnownDivisor();
                    if (n % d == 0) yield Math.abs(n / d);
                }
                yield 1;
            }
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    static boolean isMultipleOf(AffineExpr e, long factor) {
        if (e instanceof AffineConstantExpr(long v)) return v % factor == 0;
        if (!(e instanceof AffineBinaryOpExpr b)) return factor * factor == 1;
        long l = b.lhs().largestKnownDivisor();
        long r = b.rhs().largestKnownDivisor();
        if (b.kind() == AffineExprKind.MUL) {
            return Long.remainderUnsigned(l, factor) == 0 || Long.remainderUnsigned(r, factor) == 0
                    || Long.remainderUnsigned(l * r, factor) == 0;
        }
        return Long.remainderUnsigned(gcdUnsigned(l, r), factor) == 0;
    }

    /** The greatest common divisor of two values read as unsigned 64-bit integers. */
    static long gcdUnsigned(long a, long b) {
        while (b != 0) {
            long t = Long.remainderUnsigned(a, b);
            a = b;
            b = t;
        }
        return a;
    }
}
