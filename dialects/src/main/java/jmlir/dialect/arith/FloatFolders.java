package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.EnumAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.FoldResult;
import jmlir.ir.Folder;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.numeric.ConversionResult;
import jmlir.numeric.FloatArithmetic;
import jmlir.numeric.FloatConversions;
import jmlir.numeric.FloatPredicate;
import jmlir.numeric.IntegerResult;
import jmlir.numeric.RoundingMode;

import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Fold hooks of the arith ops on float values, as mlir-opt 22 folds them: constant operands
 * (scalars, splats, dense and sparse elements) are computed with APFloat's semantics, and a few
 * identities hold without constants (x + -0.0 -> x, x * 1.0 -> x, negf(negf(x)) -> x, ...).
 */
final class FloatFolders {
    private FloatFolders() {
    }

    /** Fast-math flag bits ({@code #arith.fastmath}). */
    private static final long NNAN = 2, NSZ = 8, CONTRACT = 32;

    static Folder forOp(String name) {
        Folder.Single f = switch (name) {
            case "arith.addf" -> FloatFolders::addf;
            case "arith.subf" -> FloatFolders::subf;
            case "arith.mulf" -> FloatFolders::mulf;
            case "arith.divf" -> FloatFolders::divf;
            case "arith.remf" -> (op, c) -> binary(c, (a, b) -> FloatArithmetic.mod(a, b).value());
            case "arith.maximumf" -> (op, c) -> minMax(op, c, FloatFolders::isNegativeInfinity, FloatArithmetic::maximum);
            case "arith.minimumf" -> (op, c) -> minMax(op, c, FloatFolders::isPositiveInfinity, FloatArithmetic::minimum);
            case "arith.maxnumf" -> (op, c) -> minMax(op, c, FloatValue::isNaN, FloatArithmetic::maxnum);
            case "arith.minnumf" -> (op, c) -> minMax(op, c, FloatValue::isNaN, FloatArithmetic::minnum);
            case "arith.negf" -> FloatFolders::negf;
            case "arith.cmpf" -> FloatFolders::cmpf;
            case "arith.extf" -> FloatFolders::extf;
            case "arith.truncf" -> FloatFolders::truncf;
            case "arith.sitofp" -> (op, c) -> intToFloat(op, c, false);
            case "arith.uitofp" -> (op, c) -> intToFloat(op, c, true);
            case "arith.fptosi" -> (op, c) -> floatToInt(op, c, true);
            case "arith.fptoui" -> (op, c) -> floatToInt(op, c, false);
            default -> null;
        };
        return f == null ? null : Folder.single(f);
    }

    // ---------------------------------------------------------------- arithmetic

    private static FoldResult addf(Operation op, Attribute[] c) {
        if (matchesFloat(c[1], FloatArithmetic::isNegativeZero)) return op.operand(0);
        return binary(c, FloatArithmetic::add);
    }

    private static FoldResult subf(Operation op, Attribute[] c) {
        if (matchesFloat(c[1], FloatArithmetic::isPositiveZero)) return op.operand(0);
        return binary(c, FloatArithmetic::subtract);
    }

    private static FoldResult mulf(Operation op, Attribute[] c) {
        if (matchesFloat(c[1], FloatArithmetic::isOne)) return op.operand(0);
        // Without NaNs and signed zeros, x * 0 is 0.
        if (hasFlags(op, NNAN | NSZ) && matchesFloat(c[1], FloatValue::isZero)) return op.operand(1);
        return binary(c, FloatArithmetic::multiply);
    }

    private static FoldResult divf(Operation op, Attribute[] c) {
        if (matchesFloat(c[1], FloatArithmetic::isOne)) return op.operand(0);
        return binary(c, FloatArithmetic::divide);
    }

    /** max/min of x and x is x; of x and the op's identity {@code neutral} is x. */
    private static FoldResult minMax(Operation op, Attribute[] c, Predicate<FloatValue> neutral,
                                     BinaryOperator<FloatValue> f) {
        if (op.operand(0) == op.operand(1)) return op.operand(1);
        if (matchesFloat(c[1], neutral)) return op.operand(0);
        return binary(c, f);
    }

    private static FoldResult negf(Operation op, Attribute[] c) {
        Operation def = op.operand(0).definingOp();
        if (def instanceof NegFOp inner) return inner.operand(0);
        ConstantElements<FloatValue> in = ConstantElements.floats(c[0]);
        if (in == null) return null;
        ConstantElements<FloatValue> out = in.map(in.type(), FloatArithmetic::negate);
        return out.toAttribute();
    }

    /** Scalar constants only; a NaN on either side decides every predicate alone. */
    private static FoldResult cmpf(Operation op, Attribute[] c) {
        FloatValue lhs = c[0] instanceof FloatAttr f ? f.value() : null;
        FloatValue rhs = c[1] instanceof FloatAttr f ? f.value() : null;
        if (lhs != null && lhs.isNaN()) rhs = lhs;
        if (rhs != null && rhs.isNaN()) lhs = rhs;
        if (lhs == null || rhs == null) return null;
        FloatPredicate predicate = FloatPredicate.fromKeyword(((CmpFOp) op).predicate());
        if (predicate == null) return null;
        return IntegerAttr.bool(predicate.test(FloatArithmetic.compare(lhs, rhs)));
    }

    private static FoldResult binary(Attribute[] c, BinaryOperator<FloatValue> f) {
        ConstantElements<FloatValue> a = ConstantElements.floats(c[0]);
        ConstantElements<FloatValue> b = ConstantElements.floats(c[1]);
        if (a == null || b == null) return null;
        ConstantElements<FloatValue> r = ConstantElements.zip(a, b, a.type(), f::apply);
        return r == null ? null : r.toAttribute();
    }

    // ---------------------------------------------------------------- casts

    private static FoldResult extf(Operation op, Attribute[] c) {
        // extf(truncf(x)) -> x when both allow contraction.
        if (op.operand(0).definingOp() instanceof TruncFOp trunc
                && trunc.operand(0).type().equals(op.result(0).type())
                && hasFlags(trunc, CONTRACT) && hasFlags(op, CONTRACT)) {
            return trunc.operand(0);
        }
        return convertFloats(op, c, RoundingMode.NEAREST_TIES_TO_EVEN);
    }

    private static FoldResult truncf(Operation op, Attribute[] c) {
        FloatKind result = floatKind(op.result(0).type());
        if (op.operand(0).definingOp() instanceof ExtFOp ext) {
            Value src = ext.operand(0);
            FloatKind source = floatKind(src.type());
            FloatKind intermediate = floatKind(ext.result(0).type());
            if (FloatConversions.isRepresentableBy(source, intermediate)) {
                // truncf(extf(a)) -> truncf(a), or a itself when the types agree.
                if (source.width() > result.width()) {
                    op.setOperand(0, src);
                    return op.result(0);
                }
                if (source == result) return src;
            }
        }
        String mode = ((TruncFOp) op).roundingmode();
        return convertFloats(op, c, mode == null ? RoundingMode.NEAREST_TIES_TO_EVEN : RoundingMode.fromArithKeyword(mode));
    }

    /** Converts constants to the result's float kind when no information is lost. */
    private static FoldResult convertFloats(Operation op, Attribute[] c, RoundingMode mode) {
        ConstantElements<FloatValue> in = ConstantElements.floats(c[0]);
        if (in == null) return null;
        Type resultType = op.result(0).type();
        FloatKind to = floatKind(resultType);
        ConstantElements<FloatValue> out = in.map(resultType, v -> {
            ConversionResult r = FloatConversions.convert(v, to, mode);
            return r.isLossless() ? r.value() : null;
        });
        return out == null ? null : out.toAttribute();
    }

    private static FoldResult intToFloat(Operation op, Attribute[] c, boolean unsigned) {
        ConstantElements<BigInteger> in = ConstantElements.integers(c[0], unsigned);
        if (in == null) return null;
        Type resultType = op.result(0).type();
        FloatKind to = floatKind(resultType);
        ConstantElements<FloatValue> out = in.map(resultType, v -> FloatConversions.fromInteger(to, v));
        return out.toAttribute();
    }

    /** Rounds toward zero; does not fold NaN, infinity or values out of the integer's range. */
    private static FoldResult floatToInt(Operation op, Attribute[] c, boolean signed) {
        ConstantElements<FloatValue> in = ConstantElements.floats(c[0]);
        if (in == null) return null;
        Type resultType = op.result(0).type();
        if (!(ArithTypes.elementTypeOrSelf(resultType) instanceof IntegerType it)) return null;
        ConstantElements<BigInteger> out = in.map(resultType, v -> {
            IntegerResult r = FloatConversions.toInteger(v, it.width(), signed, RoundingMode.TOWARD_ZERO);
            return r.isValid() ? r.value() : null;
        });
        return out == null ? null : out.toAttribute();
    }

    // ---------------------------------------------------------------- matching

    /** Whether the constant is a float scalar or a splat whose value satisfies {@code p} (m_ConstantFloat). */
    static boolean matchesFloat(Attribute attr, Predicate<FloatValue> p) {
        FloatValue v = splatOrScalarFloat(attr);
        return v != null && p.test(v);
    }

    /** The value of a FloatAttr or of a splat of floats, or null. */
    static FloatValue splatOrScalarFloat(Attribute attr) {
        if (attr instanceof FloatAttr f) return f.value();
        if (attr instanceof DenseIntOrFloatElementsAttr d && d.isSplat() && d.isFloat() && !d.isComplex()) {
            return d.getFloat(0);
        }
        return null;
    }

    private static boolean isNegativeInfinity(FloatValue v) {
        return v.isInfinite() && v.isNegative();
    }

    private static boolean isPositiveInfinity(FloatValue v) {
        return v.isInfinite() && !v.isNegative();
    }

    /** Whether the op's fast-math flags (none when absent) include all of {@code flags}. */
    static boolean hasFlags(Operation op, long flags) {
        return op.property("fastmath") instanceof EnumAttr e && e.has(flags);
    }

    static FloatKind floatKind(Type type) {
        return ((FloatType) ArithTypes.elementTypeOrSelf(type)).kind();
    }
}
