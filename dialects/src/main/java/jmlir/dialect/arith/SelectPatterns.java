package jmlir.dialect.arith;

import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.List;

import static jmlir.dialect.arith.IntConstants.definedBy;
import static jmlir.dialect.arith.IntegerCanonicalizations.constantInt;
import static jmlir.dialect.arith.IntegerCanonicalizations.pattern;

/** arith.select's canonicalization patterns, in mlir-opt 22's order. */
final class SelectPatterns {
    private static final String SELECT = "arith.select";

    private SelectPatterns() {
    }

    static List<RewritePattern> all() {
        return List.of(
                pattern("RedundantSelectFalse", SELECT, 2, (op, r) -> redundant(op, r, 2)),
                pattern("RedundantSelectTrue", SELECT, 2, (op, r) -> redundant(op, r, 1)),
                pattern("SelectNotCond", SELECT, 2, SelectPatterns::notCondition),
                pattern("SelectI1ToNot", SELECT, 1, SelectPatterns::toNot),
                pattern("SelectToExtUI", SELECT, 1, SelectPatterns::toExtUI));
    }

    /**
     * select(p, select(p, a, b), c) -> select(p, a, c) (operand 1), and
     * select(p, a, select(p, b, c)) -> select(p, a, c) (operand 2).
     */
    private static boolean redundant(Operation op, PatternRewriter r, int operand) {
        Operation inner = definedBy(op.operand(operand), SELECT);
        if (inner == null || inner.operand(0) != op.operand(0)) return false;
        Value trueValue = operand == 1 ? inner.operand(1) : op.operand(1);
        Value falseValue = operand == 1 ? op.operand(2) : inner.operand(2);
        r.setInsertionPoint(op);
        Location loc = PatternLocations.fused(op, inner);
        r.replaceOp(op, List.of(ArithBuild.select(r, loc, op.operand(0), trueValue, falseValue)));
        return true;
    }

    /** select(xori(p, -1), a, b) -> select(p, b, a), the -1 a scalar constant. */
    private static boolean notCondition(Operation op, PatternRewriter r) {
        Operation not = definedBy(op.operand(0), "arith.xori");
        if (not == null) return false;
        IntegerAttr ones = constantInt(not.operand(1));
        if (ones == null || !IntConstants.toAPInt(ones).isAllOnes()) return false;
        r.setInsertionPoint(op);
        Location loc = PatternLocations.fused(op, not.operand(1));
        r.replaceOp(op, List.of(ArithBuild.select(r, loc, not.operand(0), op.operand(2), op.operand(1))));
        return true;
    }

    private static boolean isBool(IntegerAttr a, boolean value) {
        return a != null && a.type() instanceof IntegerType it && it.width() == 1 && it.isSignless()
                && (a.value() != 0) == value;
    }

    /** select(p, false, true) -> xori(p, true). */
    private static boolean toNot(Operation op, PatternRewriter r) {
        if (!isBool(constantInt(op.operand(1)), false) || !isBool(constantInt(op.operand(2)), true)) return false;
        Location loc = op.location();
        r.setInsertionPoint(op);
        Value t = ArithBuild.constant(r, loc, IntegerAttr.TRUE);
        r.replaceOp(op, List.of(ArithBuild.binary(r, loc, "arith.xori", op.operand(0), t)));
        return true;
    }

    /** select(p, 1, 0) -> extui(p); select(p, 0, 1) -> extui(xori(p, true)); integer results wider than i1. */
    private static boolean toExtUI(Operation op, PatternRewriter r) {
        if (!(op.result(0).type() instanceof IntegerType it) || it.width() == 1) return false;
        APInt t = IntConstants.intOrSplat(op.operand(1));
        APInt f = IntConstants.intOrSplat(op.operand(2));
        if (t == null || f == null) return false;
        Location loc = op.location();
        Value cond = op.operand(0);
        if (t.isOne() && f.isZero()) {
            r.setInsertionPoint(op);
            r.replaceOp(op, List.of(ArithBuild.cast(r, loc, "arith.extui", cond, it)));
            return true;
        }
        if (t.isZero() && f.isOne()) {
            r.setInsertionPoint(op);
            Value one = ArithBuild.constant(r, loc, IntConstants.toAttr(cond.type(), APInt.one(1)));
            Value not = ArithBuild.binary(r, loc, "arith.xori", cond, one);
            r.replaceOp(op, List.of(ArithBuild.cast(r, loc, "arith.extui", not, it)));
            return true;
        }
        return false;
    }
}
