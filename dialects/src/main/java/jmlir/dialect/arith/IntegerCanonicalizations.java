package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.FloatType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.math.BigInteger;
import java.util.List;

import static jmlir.dialect.arith.IntConstants.definedBy;

/**
 * Canonicalization patterns of the arith ops on integer values, those mlir-opt 22 registers
 * (ArithCanonicalization.td and ArithOps.cpp), in its order and with its benefits: a
 * declarative pattern's benefit is the number of ops it matches.
 */
final class IntegerCanonicalizations {
    private IntegerCanonicalizations() {
    }

    static List<RewritePattern> forOp(String name) {
        return switch (name) {
            case "arith.addi" -> List.of(
                    combine("AddIAddConstant", name, "arith.addi", Side.LEFT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.addi", x, c0.add(c1), false, true)),
                    combine("AddISubConstantRHS", name, "arith.subi", Side.LEFT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.addi", x, c1.sub(c0), false, true)),
                    combine("AddISubConstantLHS", name, "arith.subi", Side.LEFT_OP_LEFT_CONST,
                            (x, c0, c1) -> new Combined("arith.subi", x, c0.add(c1), true, true)),
                    pattern("AddIMulNegativeOneRhs", name, 2, (op, r) -> addOfNegated(op, r, 1)),
                    pattern("AddIMulNegativeOneLhs", name, 2, (op, r) -> addOfNegated(op, r, 0)));
            case "arith.subi" -> List.of(
                    combine("SubIRHSAddConstant", name, "arith.addi", Side.LEFT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.addi", x, c0.sub(c1), false, false)),
                    combine("SubILHSAddConstant", name, "arith.addi", Side.RIGHT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.subi", x, c1.sub(c0), true, true)),
                    combine("SubIRHSSubConstantRHS", name, "arith.subi", Side.LEFT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.subi", x, c0.add(c1), false, true)),
                    combine("SubIRHSSubConstantLHS", name, "arith.subi", Side.LEFT_OP_LEFT_CONST,
                            (x, c0, c1) -> new Combined("arith.subi", x, c0.sub(c1), true, true)),
                    combine("SubILHSSubConstantRHS", name, "arith.subi", Side.RIGHT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.subi", x, c0.add(c1), true, true)),
                    combine("SubILHSSubConstantLHS", name, "arith.subi", Side.RIGHT_OP_LEFT_CONST,
                            (x, c0, c1) -> new Combined("arith.addi", x, c1.sub(c0), false, true)),
                    pattern("SubISubILHSRHSLHS", name, 2, IntegerCanonicalizations::subOfSubOfSameLhs));
            case "arith.muli" -> List.of(
                    combine("MulIMulIConstant", name, "arith.muli", Side.LEFT_OP_RIGHT_CONST,
                            (x, c0, c1) -> new Combined("arith.muli", x, c0.mul(c1), false, true)));
            case "arith.addui_extended" -> List.of(
                    pattern("AddUIExtendedToAddI", name, 1, (op, r) -> lowPartOnly(op, r, "arith.addi")));
            case "arith.mulsi_extended" -> List.of(
                    pattern("MulSIExtendedToMulI", name, 1, (op, r) -> lowPartOnly(op, r, "arith.muli")),
                    pattern("MulSIExtendedRHSOne", name, 1, IntegerCanonicalizations::mulsiExtendedByOne));
            case "arith.mului_extended" -> List.of(
                    pattern("MulUIExtendedToMulI", name, 1, (op, r) -> lowPartOnly(op, r, "arith.muli")));
            case "arith.xori" -> List.of(
                    pattern("XOrINotCmpI", name, 2, IntegerCanonicalizations::notOfCmpi),
                    bitwiseOfExtensions("XOrIOfExtUI", name, "arith.extui"),
                    bitwiseOfExtensions("XOrIOfExtSI", name, "arith.extsi"));
            case "arith.andi" -> List.of(
                    bitwiseOfExtensions("AndOfExtUI", name, "arith.extui"),
                    bitwiseOfExtensions("AndOfExtSI", name, "arith.extsi"));
            case "arith.ori" -> List.of(
                    bitwiseOfExtensions("OrOfExtUI", name, "arith.extui"),
                    bitwiseOfExtensions("OrOfExtSI", name, "arith.extsi"));
            case "arith.cmpi" -> List.of(
                    cmpOfExtensions("CmpIExtSI", "arith.extsi"),
                    cmpOfExtensions("CmpIExtUI", "arith.extui"));
            case "arith.select" -> SelectPatterns.all();
            case "arith.extsi" -> List.of(
                    castOfCast("ExtSIOfExtUI", name, "arith.extui", "arith.extui"));
            case "arith.trunci" -> List.of(
                    pattern("TruncIExtSIToExtSI", name, 2, (op, r) -> truncOfExtension(op, r, "arith.extsi")),
                    pattern("TruncIExtUIToExtUI", name, 2, (op, r) -> truncOfExtension(op, r, "arith.extui")),
                    pattern("TruncIShrSIToTrunciShrUI", name, 2, IntegerCanonicalizations::truncOfShrsi));
            case "arith.index_cast" -> List.of(
                    pattern("IndexCastOfIndexCast", name, 2, (op, r) -> roundTrip(op, r, name)),
                    castOfCast("IndexCastOfExtSI", name, "arith.extsi", name));
            case "arith.index_castui" -> List.of(
                    pattern("IndexCastUIOfIndexCastUI", name, 2, (op, r) -> roundTrip(op, r, name)),
                    castOfCast("IndexCastUIOfExtUI", name, "arith.extui", name));
            case "arith.bitcast" -> List.of(castOfCast("BitcastOfBitcast", name, name, name));
            default -> List.of();
        };
    }

    static RewritePattern pattern(String debugName, String root, int benefit, RewritePattern.Rewrite rewrite) {
        return RewritePattern.of(debugName, root, benefit, rewrite);
    }

    /** An integer attribute (not a splat) that {@code v}'s constant-like defining op holds. */
    static IntegerAttr constantInt(Value v) {
        return IntConstants.constantOf(v) instanceof IntegerAttr i ? i : null;
    }

    private static boolean isScalarOrSplatNegativeOne(Attribute a) {
        APInt v = IntConstants.intOrSplat(a);
        return v != null && v.isAllOnes();
    }

    // ---------------------------------------------------------------- constant re-association

    /** Where the inner op sits among the root's operands, and where its constant sits among its own. */
    enum Side {
        LEFT_OP_RIGHT_CONST(0, 1), LEFT_OP_LEFT_CONST(0, 0), RIGHT_OP_RIGHT_CONST(1, 1), RIGHT_OP_LEFT_CONST(1, 0);

        final int innerIndex;
        final int innerConstIndex;

        Side(int innerIndex, int innerConstIndex) {
            this.innerIndex = innerIndex;
            this.innerConstIndex = innerConstIndex;
        }
    }

    /**
     * What a re-association gives: {@code name(x, constant)}, or {@code name(constant, x)} when
     * {@code constantFirst}; its overflow flags are both ops' flags in common when {@code
     * mergeFlags}, else none.
     */
    record Combined(String name, Value x, APInt constant, boolean constantFirst, boolean mergeFlags) {
    }

    @FunctionalInterface
    interface Combiner {
        /** {@code c0} is the inner op's constant, {@code c1} the root's. */
        Combined combine(Value x, APInt c0, APInt c1);
    }

    /**
     * {@code root(inner(x, c0), c1)} and its mirror images, both constants scalar integers, to
     * one op of {@code x} and a new constant.
     */
    private static RewritePattern combine(String debugName, String root, String inner, Side side, Combiner combiner) {
        return pattern(debugName, root, 2, (op, r) -> {
            Operation innerOp = definedBy(op.operand(side.innerIndex), inner);
            if (innerOp == null) return false;
            IntegerAttr c1 = constantInt(op.operand(1 - side.innerIndex));
            IntegerAttr c0 = constantInt(innerOp.operand(side.innerConstIndex));
            if (c0 == null || c1 == null) return false;
            Type type = op.result(0).type();
            // MulIMulIConstant requires both constants of the result's type; for the others the
            // verifier already ensures it.
            if (!c0.type().equals(type) || !c1.type().equals(type)) return false;
            Value x = innerOp.operand(1 - side.innerConstIndex);
            Combined c = combiner.combine(x, IntConstants.toAPInt(c0), IntConstants.toAPInt(c1));
            long flags = c.mergeFlags() ? ArithProps.overflowFlags(innerOp) & ArithProps.overflowFlags(op) : 0;
            // The first constant in operand order stands for the inner op (see PatternLocations).
            Location loc = PatternLocations.fused(op, side.innerIndex == 0
                    ? innerOp.operand(side.innerConstIndex) : op.operand(1 - side.innerIndex));
            r.setInsertionPoint(op);
            Value constant = ArithBuild.constant(r, loc, IntConstants.toAttr(type, c.constant()));
            Value result = c.constantFirst()
                    ? ArithBuild.binary(r, loc, c.name(), constant, c.x(), flags)
                    : ArithBuild.binary(r, loc, c.name(), c.x(), constant, flags);
            r.replaceOp(op, List.of(result));
            return true;
        });
    }

    /** addi(x, muli(y, -1)) -> subi(x, y); {@code mulIndex} is where the muli sits. */
    private static boolean addOfNegated(Operation op, PatternRewriter r, int mulIndex) {
        Operation mul = definedBy(op.operand(mulIndex), "arith.muli");
        if (mul == null || !isScalarOrSplatNegativeOne(IntConstants.constantOf(mul.operand(1)))) return false;
        Value other = op.operand(1 - mulIndex);
        r.setInsertionPoint(op);
        Location loc = PatternLocations.fused(op, mul.operand(1));
        r.replaceOp(op, List.of(ArithBuild.binary(r, loc, "arith.subi", other, mul.operand(0), 0)));
        return true;
    }

    /** subi(subi(x, y), x) -> subi(0, y). */
    private static boolean subOfSubOfSameLhs(Operation op, PatternRewriter r) {
        Operation inner = definedBy(op.operand(0), "arith.subi");
        if (inner == null || inner.operand(0) != op.operand(1)) return false;
        Value y = inner.operand(1);
        Attribute zero = IntConstants.zero(y.type());
        if (zero == null) return false;
        long flags = ArithProps.overflowFlags(inner) & ArithProps.overflowFlags(op);
        r.setInsertionPoint(op);
        Location loc = PatternLocations.fused(op, inner);
        Value c = ArithBuild.constant(r, loc, zero);
        r.replaceOp(op, List.of(ArithBuild.binary(r, loc, "arith.subi", c, y, flags)));
        return true;
    }

    // ---------------------------------------------------------------- extended arithmetic

    /** {@code op_extended(x, y)} whose high part is unused -> [{@code name(x, y)}, x]. */
    private static boolean lowPartOnly(Operation op, PatternRewriter r, String name) {
        if (op.result(1).hasUses()) return false;
        r.setInsertionPoint(op);
        Value low = ArithBuild.binary(r, op.location(), name, op.operand(0), op.operand(1), 0);
        r.replaceOp(op, List.of(low, op.operand(0)));
        return true;
    }

    /** mulsi_extended(x, 1) -> [x, extsi(cmpi slt, x, 0)]. */
    private static boolean mulsiExtendedByOne(Operation op, PatternRewriter r) {
        APInt one = IntConstants.intOrSplat(IntConstants.constantOf(op.operand(1)));
        if (one == null || !one.isStrictlyPositive() || !one.isOne()) return false;
        Value x = op.operand(0);
        Attribute zero = IntConstants.zero(x.type());
        if (zero == null) return false;
        Location loc = op.location();
        r.setInsertionPoint(op);
        Value c = ArithBuild.constant(r, loc, zero);
        Value negative = ArithBuild.cmpi(r, loc, CmpIFolder.SLT, x, c);
        Value high = ArithBuild.cast(r, loc, "arith.extsi", negative, op.result(1).type());
        r.replaceOp(op, List.of(x, high));
        return true;
    }

    // ---------------------------------------------------------------- bitwise and comparisons

    /** xori(cmpi(pred, a, b), true) -> cmpi(!pred, a, b). */
    private static boolean notOfCmpi(Operation op, PatternRewriter r) {
        Operation cmp = definedBy(op.operand(0), "arith.cmpi");
        if (cmp == null) return false;
        IntegerAttr one = constantInt(op.operand(1));
        if (one == null || !(one.type() instanceof IntegerType it) || it.width() != 1 || one.value() == 0) {
            return false;
        }
        r.setInsertionPoint(op);
        int inverse = CmpIFolder.invert(ArithProps.cmpiPredicate(cmp));
        Value inverted = ArithBuild.cmpi(r, PatternLocations.fused(op, cmp), inverse, cmp.operand(0), cmp.operand(1));
        r.replaceOp(op, List.of(inverted));
        return true;
    }

    /** bitwise(ext(x), ext(y)) -> ext(bitwise(x, y)) when x and y have one type. */
    private static RewritePattern bitwiseOfExtensions(String debugName, String root, String ext) {
        return pattern(debugName, root, 3, (op, r) -> {
            Operation lhs = definedBy(op.operand(0), ext);
            Operation rhs = definedBy(op.operand(1), ext);
            if (lhs == null || rhs == null) return false;
            Value x = lhs.operand(0);
            Value y = rhs.operand(0);
            if (!x.type().equals(y.type())) return false;
            r.setInsertionPoint(op);
            Location loc = PatternLocations.fused(op, lhs, rhs);
            Value inner = ArithBuild.binary(r, loc, root, x, y);
            r.replaceOp(op, List.of(ArithBuild.cast(r, loc, ext, inner, op.result(0).type())));
            return true;
        });
    }

    /** cmpi(eq or ne, ext(a), ext(b)) -> cmpi(eq or ne, a, b) when a and b have one type. */
    private static RewritePattern cmpOfExtensions(String debugName, String ext) {
        return pattern(debugName, "arith.cmpi", 3, (op, r) -> {
            Operation lhs = definedBy(op.operand(0), ext);
            Operation rhs = definedBy(op.operand(1), ext);
            if (lhs == null || rhs == null) return false;
            Value a = lhs.operand(0);
            Value b = rhs.operand(0);
            int predicate = ArithProps.cmpiPredicate(op);
            if (!a.type().equals(b.type()) || (predicate != CmpIFolder.EQ && predicate != CmpIFolder.NE)) {
                return false;
            }
            r.setInsertionPoint(op);
            r.replaceOp(op, List.of(ArithBuild.cmpi(r, PatternLocations.fused(op, lhs, rhs), predicate, a, b)));
            return true;
        });
    }

    // ---------------------------------------------------------------- casts

    /** {@code root(inner(x))} -> {@code result(x)} of the root's type. */
    private static RewritePattern castOfCast(String debugName, String root, String inner, String result) {
        return pattern(debugName, root, 2, (op, r) -> {
            Operation innerOp = definedBy(op.operand(0), inner);
            if (innerOp == null) return false;
            r.setInsertionPoint(op);
            Location loc = PatternLocations.fused(op, innerOp);
            r.replaceOp(op, List.of(ArithBuild.cast(r, loc, result, innerOp.operand(0), op.result(0).type())));
            return true;
        });
    }

    /** cast(cast(x)) -> x when the outer cast gives x's type back. */
    private static boolean roundTrip(Operation op, PatternRewriter r, String name) {
        Operation inner = definedBy(op.operand(0), name);
        if (inner == null || !inner.operand(0).type().equals(op.result(0).type())) return false;
        r.replaceOp(op, List.of(inner.operand(0)));
        return true;
    }

    private static int elementWidth(Value v) {
        Type t = ArithTypes.elementTypeOrSelf(v.type());
        if (t instanceof IntegerType it) return it.width();
        if (t instanceof FloatType ft) return ft.kind().width();
        return -1;
    }

    /** {@code a} is wider than {@code b}, and b's width is positive. */
    private static boolean widerThan(Value a, Value b) {
        return elementWidth(a) > elementWidth(b) && elementWidth(b) > 0;
    }

    /** trunci(ext(x)) -> ext(x) when only extension bits are cut off. */
    private static boolean truncOfExtension(Operation op, PatternRewriter r, String ext) {
        Operation extOp = definedBy(op.operand(0), ext);
        if (extOp == null) return false;
        Value x = extOp.operand(0);
        if (!widerThan(extOp.result(0), op.result(0)) || !widerThan(op.result(0), x)) return false;
        r.setInsertionPoint(op);
        r.replaceOp(op, List.of(ArithBuild.cast(r, PatternLocations.fused(op, extOp), ext, x, op.result(0).type())));
        return true;
    }

    /** trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is the number of bits cut off. */
    private static boolean truncOfShrsi(Operation op, PatternRewriter r) {
        Operation shr = definedBy(op.operand(0), "arith.shrsi");
        if (shr == null) return false;
        Attribute c = IntConstants.constantOf(shr.operand(1));
        if (c == null || TypedAttributes.typeOf(c) == null) return false;
        APInt amount = IntConstants.intOrSplat(c);
        Value x = shr.operand(0);
        if (amount == null) return false;
        long cut = elementWidth(x) - elementWidth(op.result(0));
        if (!amount.unsigned().equals(BigInteger.valueOf(cut))) return false;
        Location loc = PatternLocations.fused(op, shr.operand(1));
        r.setInsertionPoint(op);
        Value constant = ArithBuild.constant(r, loc, c);
        // The shift keeps its exact flag, as mlir-opt's generated pattern does.
        Attribute exact = shr.property("isExact");
        Value shrui = ArithBuild.op(r, loc, "arith.shrui", x.type(),
                exact == null ? null : ArithProps.of("isExact", exact), x, constant);
        Value trunc = ArithBuild.op(r, loc, "arith.trunci", op.result(0).type(),
                ArithProps.of("overflowFlags", ArithProps.overflowAttr(ArithProps.overflowFlags(op))), shrui);
        r.replaceOp(op, List.of(trunc));
        return true;
    }
}
