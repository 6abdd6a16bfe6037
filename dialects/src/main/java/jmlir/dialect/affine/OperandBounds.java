package jmlir.dialect.affine;

import jmlir.ir.AffineBinaryOpExpr;
import jmlir.ir.AffineConstantExpr;
import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineExprKind;
import jmlir.ir.AffineMap;
import jmlir.ir.BlockArgument;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's simplifyMapWithOperands: floor divisions, ceiling divisions and modulos in a map's
 * results simplified with what the operands are known to be, namely the constant bounds and
 * steps of the affine.for loops whose induction variables they are.
 */
final class OperandBounds {
    private final int numDims;
    private final int numSymbols;
    private final List<Value> operands;

    private OperandBounds(AffineMap map, List<Value> operands) {
        this.numDims = map.numDims();
        this.numSymbols = map.numSymbols();
        this.operands = operands;
    }

    static AffineMap simplify(AffineMap map, List<Value> operands) {
        OperandBounds b = new OperandBounds(map, operands);
        List<AffineExpr> results = new ArrayList<>(map.numResults());
        for (AffineExpr e : map.results()) results.add(b.simplify(e));
        return AffineMap.get(map.numDims(), map.numSymbols(), results);
    }

    /**
     * MLIR's simplifyMinOrMaxExprWithOperands: results of a max ({@code isMax}) or min that
     * another result always dominates are dropped, and results known to be one value become
     * that constant.
     */
    static AffineMap simplifyMinOrMax(AffineMap map, List<Value> operands, boolean isMax) {
        if (operands.isEmpty()) return map;
        OperandBounds b = new OperandBounds(map, operands);
        int n = map.numResults();
        Long[] lower = new Long[n];
        Long[] upper = new Long[n];
        for (int i = 0; i < n; i++) {
            AffineExpr e = map.result(i);
            lower[i] = b.bound(e, false);
            upper[i] = b.bound(e, true);
        }
        List<AffineExpr> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AffineExpr e = map.result(i);
            if (lower[i] != null && upper[i] != null && lower[i].longValue() == upper[i].longValue()) {
                e = AffineExpr.constant(lower[i]);
            }
            Long own = isMax ? upper[i] : lower[i];
            if (own == null) {
                kept.add(e);
                continue;
            }
            boolean redundant = false;
            for (int pos = 0; pos < n && !redundant; pos++) {
                Long other = isMax ? lower[pos] : upper[pos];
                if (pos == i || other == null) continue;
                if (isMax ? other > own : other < own) {
                    redundant = true;
                } else if (other.longValue() == own.longValue()) {
                    // Of expressions bounding each other exactly, the first one stays.
                    Long otherOwn = isMax ? upper[pos] : lower[pos];
                    boolean keep = otherOwn != null && lower[i] != null && upper[i] != null
                            && lower[i].longValue() == upper[i].longValue()
                            && other.longValue() == otherOwn.longValue() && i < pos;
                    redundant = !keep;
                }
            }
            if (!redundant) kept.add(e);
        }
        return AffineMap.get(map.numDims(), map.numSymbols(), kept);
    }

    private AffineExpr simplify(AffineExpr expr) {
        if (!(expr instanceof AffineBinaryOpExpr b)) return expr;
        expr = AffineExpr.binary(b.kind(), simplify(b.lhs()), simplify(b.rhs()));
        if (!(expr instanceof AffineBinaryOpExpr bin)) return expr;
        AffineExprKind kind = bin.kind();
        if (kind != AffineExprKind.FLOOR_DIV && kind != AffineExprKind.CEIL_DIV && kind != AffineExprKind.MOD) {
            return expr;
        }
        AffineExpr lhs = bin.lhs();
        if (!(bin.rhs() instanceof AffineConstantExpr rhsConst)) return expr;
        long c = rhsConst.value();
        if (c <= 0) return expr;

        Long lb = bound(lhs, false);
        Long ub = bound(lhs, true);
        if (lb != null && ub != null) {
            if (kind == AffineExprKind.FLOOR_DIV && Math.floorDiv(lb, c) == Math.floorDiv(ub, c)) {
                return AffineExpr.constant(Math.floorDiv(lb, c));
            }
            if (kind == AffineExprKind.CEIL_DIV && ceilDiv(lb, c) == ceilDiv(ub, c)) {
                return AffineExpr.constant(ceilDiv(lb, c));
            }
            if (kind == AffineExprKind.MOD && lb >= 0 && lb < c && ub < c) return lhs;
        }

        // (q * d + r) floordiv c and (q * d + r) mod c with 0 <= r < d.
        if (lhs instanceof AffineBinaryOpExpr add && add.kind() == AffineExprKind.ADD) {
            AffineExpr quotientTimesDiv = null;
            AffineExpr rem = null;
            long div = knownDivisor(add.lhs());
            if (nonNegativeBoundedBy(add.rhs(), div)) {
                quotientTimesDiv = add.lhs();
                rem = add.rhs();
            } else {
                div = knownDivisor(add.rhs());
                if (nonNegativeBoundedBy(add.lhs(), div)) {
                    quotientTimesDiv = add.rhs();
                    rem = add.lhs();
                }
            }
            if (quotientTimesDiv != null) {
                if (c % div == 0 && kind == AffineExprKind.FLOOR_DIV) return quotientTimesDiv.floorDiv(rhsConst);
                if (div % c == 0 && kind == AffineExprKind.MOD) return rem.mod(rhsConst);
                return expr;
            }
        }

        if ((kind == AffineExprKind.FLOOR_DIV && nonNegativeBoundedBy(lhs, c))
                || (kind == AffineExprKind.MOD && knownDivisor(lhs) % c == 0)) {
            return AffineExpr.constant(0);
        }
        return expr;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** The loop whose induction variable the operand of dimension {@code e} is, or null. */
    private ForOp loopOf(AffineExpr e) {
        if (!(e instanceof AffineDimExpr d)) return null;
        return inductionVarOwner(operands.get(d.position()));
    }

    private static ForOp inductionVarOwner(Value v) {
        if (v instanceof BlockArgument arg && arg.owner().parentOp() instanceof ForOp loop
                && loop.inductionVar() == v) {
            return loop;
        }
        return null;
    }

    /** MLIR's getLargestKnownDivisor(e, operands): loop steps count for induction variables. */
    private long knownDivisor(AffineExpr e) {
        long div = e.largestKnownDivisor();
        ForOp loop = loopOf(e);
        if (loop == null) return div;
        AffineMap lower = loop.lowerBoundMap();
        if (lower.isSingleConstant() && lower.singleConstantResult() == 0) return loop.step();
        long lbDivisor = 0;
        for (AffineExpr r : lower.results()) lbDivisor = gcd(lbDivisor, r.largestKnownDivisor());
        return gcd(lbDivisor, loop.step());
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Whether {@code 0 <= e < k} is known: a constant, or an induction variable of a loop within that range. */
    private boolean nonNegativeBoundedBy(AffineExpr e, long k) {
        if (e instanceof AffineConstantExpr c) return c.value() >= 0 && c.value() < k;
        ForOp loop = loopOf(e);
        if (loop == null) return false;
        AffineMap lower = loop.lowerBoundMap();
        AffineMap upper = loop.upperBoundMap();
        return lower.isSingleConstant() && lower.singleConstantResult() >= 0
                && upper.isSingleConstant() && upper.singleConstantResult() <= k;
    }

    /** The constant lower bound of an operand (an induction variable of a loop with one), or null. */
    private static Long lowerBound(Value v) {
        ForOp loop = inductionVarOwner(v);
        if (loop == null || !loop.lowerBoundMap().isSingleConstant()) return null;
        return loop.lowerBoundMap().singleConstantResult();
    }

    /** The largest value an induction variable of a loop with constant bounds takes, or null. */
    private static Long upperBound(Value v) {
        ForOp loop = inductionVarOwner(v);
        if (loop == null || !loop.upperBoundMap().isSingleConstant()) return null;
        long ub = loop.upperBoundMap().singleConstantResult();
        if (loop.lowerBoundMap().isSingleConstant()) {
            long lb = loop.lowerBoundMap().singleConstantResult();
            return ub - 1 - (ub - lb - 1) % loop.step();
        }
        return ub - 1;
    }

    /** MLIR's getLowerBound / getUpperBound of an expression over the operands. */
    private Long bound(AffineExpr e, boolean upper) {
        if (e instanceof AffineConstantExpr c) return c.value();
        return boundFor(e, upper);
    }

    /** MLIR's getBoundForAffineExpr with the operands' constant bounds. */
    private Long boundFor(AffineExpr e, boolean upper) {
        if (e instanceof AffineBinaryOpExpr b && b.rhs() instanceof AffineConstantExpr rc) {
            long c = rc.value();
            switch (b.kind()) {
                case FLOOR_DIV -> {
                    if (c < 1) return null;
                    Long inner = boundFor(b.lhs(), upper);
                    return inner == null ? null : Math.floorDiv(inner, c);
                }
                case CEIL_DIV -> {
                    if (c < 1) return null;
                    Long inner = boundFor(b.lhs(), upper);
                    return inner == null ? null : ceilDiv(inner, c);
                }
                case MOD -> {
                    if (c >= 1) {
                        Long lb = boundFor(b.lhs(), false);
                        Long ub = boundFor(b.lhs(), upper);
                        if (lb != null && ub != null && Math.floorDiv(lb, c) == Math.floorDiv(ub, c)) {
                            return upper ? Math.floorMod(ub, c) : Math.floorMod(lb, c);
                        }
                        return upper ? c - 1 : 0;
                    }
                }
                default -> {
                }
            }
        } else if (e instanceof AffineBinaryOpExpr b
                && (b.kind() == AffineExprKind.FLOOR_DIV || b.kind() == AffineExprKind.CEIL_DIV)) {
            return null;
        }
        long[] flat = AffineFlattener.linearForm(e, numDims, numSymbols);
        if (flat == null) return null;
        long bound = 0;
        for (int i = 0; i < numDims + numSymbols; i++) {
            if (flat[i] == 0) continue;
            Long b = (flat[i] > 0) == upper ? upperBound(operands.get(i)) : lowerBound(operands.get(i));
            if (b == null) return null;
            bound += b * flat[i];
        }
        return bound + flat[numDims + numSymbols];
    }
}
