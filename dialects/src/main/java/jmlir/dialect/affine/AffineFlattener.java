package jmlir.dialect.affine;

import jmlir.ir.AffineBinaryOpExpr;
import jmlir.ir.AffineConstantExpr;
import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineSymbolExpr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MLIR's simplifyAffineExpr for pure affine expressions: the expression is flattened into
 * coefficients of its dimensions, its symbols and local variables (one per distinct floor or
 * ceiling division, modulos written as {@code e - c * (e floordiv c)}) plus a constant, then
 * re-formed term by term in that order through the simplifying combinators.
 */
final class AffineFlattener {
    private final int numDims;
    private final int numSymbols;
    /** The expression each local variable stands for. */
    private final List<AffineExpr> locals = new ArrayList<>();
    /** Set when a division or modulo by a constant that is not positive (undefined) was met. */
    private boolean poison;

    /** Coefficients of dimensions, symbols and the locals known when made (missing ones are 0). */
    private record Flat(long[] coeffs, long constant) {
        long coeff(int i) {
            return i < coeffs.length ? coeffs[i] : 0;
        }
    }

    private AffineFlattener(int numDims, int numSymbols) {
        this.numDims = numDims;
        this.numSymbols = numSymbols;
    }

    /** Each result simplified; null when one is not pure affine or cannot be flattened. */
    static AffineMap simplify(AffineMap map) {
        List<AffineExpr> results = new ArrayList<>(map.numResults());
        for (AffineExpr e : map.results()) {
            AffineExpr simplified = simplify(e, map.numDims(), map.numSymbols());
            if (simplified == null) return null;
            results.add(simplified);
        }
        return AffineMap.get(map.numDims(), map.numSymbols(), results);
    }

    /**
     * The coefficients of {@code e}'s dimensions and symbols followed by its constant term,
     * when it flattens without local variables; else null.
     */
    static long[] linearForm(AffineExpr e, int numDims, int numSymbols) {
        AffineFlattener f = new AffineFlattener(numDims, numSymbols);
        try {
            Flat flat = f.flatten(e);
            if (flat == null || !f.locals.isEmpty()) return null;
            long[] out = Arrays.copyOf(flat.coeffs(), numDims + numSymbols + 1);
            out[numDims + numSymbols] = flat.constant();
            return out;
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    static AffineExpr simplify(AffineExpr e, int numDims, int numSymbols) {
        if (!e.isPureAffine()) return null;
        AffineFlattener f = new AffineFlattener(numDims, numSymbols);
        try {
            Flat flat = f.flatten(e);
            // As in MLIR, an expression with an undefined division is left as it is.
            if (f.poison) return e;
            return flat == null ? null : f.toExpr(flat);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private int width() {
        return numDims + numSymbols + locals.size();
    }

    private Flat flatten(AffineExpr e) {
        if (e instanceof AffineDimExpr d) {
            long[] c = new long[width()];
            c[d.position()] = 1;
            return new Flat(c, 0);
        }
        if (e instanceof AffineSymbolExpr s) {
            long[] c = new long[width()];
            c[numDims + s.position()] = 1;
            return new Flat(c, 0);
        }
        if (e instanceof AffineConstantExpr k) return new Flat(new long[width()], k.value());
        AffineBinaryOpExpr b = (AffineBinaryOpExpr) e;
        Flat lhs = flatten(b.lhs());
        if (lhs == null) return null;
        Flat rhs = flatten(b.rhs());
        if (rhs == null) return null;
        return switch (b.kind()) {
            case ADD -> add(lhs, rhs);
            case MUL -> isConstant(rhs) ? scale(lhs, rhs.constant())
                    : isConstant(lhs) ? scale(rhs, lhs.constant()) : null;
            case MOD -> isConstant(rhs) ? mod(lhs, rhs.constant()) : null;
            case FLOOR_DIV -> isConstant(rhs) ? divide(lhs, rhs.constant(), false) : null;
            case CEIL_DIV -> isConstant(rhs) ? divide(lhs, rhs.constant(), true) : null;
            default -> null;
        };
    }

    private static boolean isConstant(Flat f) {
        for (long c : f.coeffs()) if (c != 0) return false;
        return true;
    }

    private Flat add(Flat a, Flat b) {
        long[] c = new long[width()];
        for (int i = 0; i < c.length; i++) c[i] = Math.addExact(a.coeff(i), b.coeff(i));
        return new Flat(c, Math.addExact(a.constant(), b.constant()));
    }

    private Flat scale(Flat a, long factor) {
        long[] c = new long[width()];
        for (int i = 0; i < c.length; i++) c[i] = Math.multiplyExact(a.coeff(i), factor);
        return new Flat(c, Math.multiplyExact(a.constant(), factor));
    }

    /** {@code a mod c}: zero when {@code a} is a multiple of c, else {@code a - c * q} with q a local. */
    private Flat mod(Flat a, long c) {
        if (c <= 0) {
            poison = true;
            return null;
        }
        boolean multiple = a.constant() % c == 0;
        for (int i = 0; i < width(); i++) multiple &= a.coeff(i) % c == 0;
        if (multiple) return new Flat(new long[width()], 0);
        long gcd = c;
        for (int i = 0; i < width(); i++) gcd = gcd(gcd, Math.abs(a.coeff(i)));
        gcd = gcd(gcd, Math.abs(a.constant()));
        Flat dividend = divideAll(a, gcd);
        long divisor = c / gcd;
        AffineExpr q = toExpr(dividend).floorDiv(AffineExpr.constant(divisor));
        int local = locals.indexOf(q);
        if (local < 0) {
            locals.add(q);
            local = locals.size() - 1;
        }
        long[] out = Arrays.copyOf(padded(a), width());
        int at = numDims + numSymbols + local;
        out[at] = Math.subtractExact(out[at], c);
        return new Flat(out, a.constant());
    }

    /** {@code a floordiv c} or {@code a ceildiv c}: a local, after cancelling common factors. */
    private Flat divide(Flat a, long c, boolean ceil) {
        if (c <= 0) {
            poison = true;
            return null;
        }
        long gcd = c;
        for (int i = 0; i < width(); i++) gcd = gcd(gcd, Math.abs(a.coeff(i)));
        gcd = gcd(gcd, Math.abs(a.constant()));
        Flat dividend = divideAll(a, gcd);
        long divisor = c / gcd;
        if (divisor == 1) return dividend;
        AffineExpr numerator = toExpr(dividend);
        AffineExpr q = ceil ? numerator.ceilDiv(AffineExpr.constant(divisor))
                : numerator.floorDiv(AffineExpr.constant(divisor));
        int local = locals.indexOf(q);
        if (local < 0) {
            locals.add(q);
            local = locals.size() - 1;
        }
        long[] out = new long[width()];
        out[numDims + numSymbols + local] = 1;
        return new Flat(out, 0);
    }

    private Flat divideAll(Flat a, long by) {
        long[] c = new long[width()];
        for (int i = 0; i < c.length; i++) c[i] = a.coeff(i) / by;
        return new Flat(c, a.constant() / by);
    }

    private long[] padded(Flat a) {
        return a.coeffs().length == width() ? a.coeffs() : Arrays.copyOf(a.coeffs(), width());
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Dimension terms, symbol terms, local terms, then the constant, summed in that order. */
    private AffineExpr toExpr(Flat f) {
        AffineExpr expr = AffineExpr.constant(0);
        for (int j = 0; j < numDims + numSymbols; j++) {
            long k = f.coeff(j);
            if (k == 0) continue;
            AffineExpr id = j < numDims ? AffineExpr.dim(j) : AffineExpr.symbol(j - numDims);
            expr = expr.add(id.mul(k));
        }
        for (int j = 0; j < locals.size(); j++) {
            long k = f.coeff(numDims + numSymbols + j);
            if (k == 0) continue;
            expr = expr.add(locals.get(j).mul(k));
        }
        if (f.constant() != 0) expr = expr.add(f.constant());
        return expr;
    }
}
