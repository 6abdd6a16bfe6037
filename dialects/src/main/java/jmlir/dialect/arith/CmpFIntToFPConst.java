package jmlir.dialect.arith;

import jmlir.ir.FloatAttr;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.numeric.Comparison;
import jmlir.numeric.FloatArithmetic;
import jmlir.numeric.FloatConversions;
import jmlir.numeric.FloatPredicate;
import jmlir.numeric.IntegerResult;
import jmlir.numeric.RoundingMode;
import jmlir.rewrite.PatternRewriter;

import java.math.BigInteger;
import java.util.List;

import static jmlir.dialect.arith.CmpIFolder.EQ;
import static jmlir.dialect.arith.CmpIFolder.NE;
import static jmlir.dialect.arith.CmpIFolder.SGE;
import static jmlir.dialect.arith.CmpIFolder.SGT;
import static jmlir.dialect.arith.CmpIFolder.SLE;
import static jmlir.dialect.arith.CmpIFolder.SLT;
import static jmlir.dialect.arith.CmpIFolder.UGE;
import static jmlir.dialect.arith.CmpIFolder.UGT;
import static jmlir.dialect.arith.CmpIFolder.ULE;
import static jmlir.dialect.arith.CmpIFolder.ULT;

/**
 * cmpf(pred, sitofp(x) or uitofp(x), constant) -> cmpi(pred', x, constant') or a constant, when
 * the conversion from x's integer type cannot change the comparison's outcome (MLIR's
 * CmpFIntToFPConst, after LLVM's InstCombine).
 */
final class CmpFIntToFPConst {
    private CmpFIntToFPConst() {
    }

    static boolean rewrite(Operation op, PatternRewriter rewriter) {
        if (!(IntConstants.constantOf(op.operand(1)) instanceof FloatAttr constant)) return false;
        FloatValue rhs = constant.value();
        if (rhs.isNaN()) return false;
        FloatPredicate predicate = FloatPredicate.fromKeyword(((CmpFOp) op).predicate());
        if (predicate == null || predicate == FloatPredicate.FALSE || predicate == FloatPredicate.TRUE) return false;
        if (!(op.operand(1).type() instanceof FloatType floatType)) return false;
        FloatKind kind = floatType.kind();
        int mantissaWidth = kind.precision();

        Operation conversion = op.operand(0).definingOp();
        boolean unsigned;
        if (conversion instanceof SIToFPOp) unsigned = false;
        else if (conversion instanceof UIToFPOp) unsigned = true;
        else return false;
        Value intValue = conversion.operand(0);
        if (!(intValue.type() instanceof IntegerType intType)) return false;
        int width = intType.width();
        int valueBits = unsigned ? width : width - 1;

        // A wide integer may round when converted; give up if that could affect the comparison.
        if (width > mantissaWidth) {
            int exponent = FloatArithmetic.ilogb(rhs);
            if (exponent == Integer.MAX_VALUE) {
                if (FloatArithmetic.ilogb(FloatArithmetic.largest(kind, false)) < valueBits) return false;
            } else if (mantissaWidth <= exponent && exponent <= valueBits) {
                return false;
            }
        }

        if (predicate == FloatPredicate.ORD) return replaceWithBool(op, rewriter, true);
        if (predicate == FloatPredicate.UNO) return replaceWithBool(op, rewriter, false);
        int pred = integerPredicate(predicate, unsigned);

        // Constants beyond the integer type's range decide the comparison.
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE);
        if (FloatArithmetic.compare(FloatConversions.fromInteger(kind, max), rhs) == Comparison.LESS) {
            return replaceWithBool(op, rewriter, pred == NE || pred == (unsigned ? ULT : SLT) || pred == (unsigned ? ULE : SLE));
        }
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(width - 1).negate();
        if (FloatArithmetic.compare(FloatConversions.fromInteger(kind, min), rhs) == Comparison.GREATER) {
            return replaceWithBool(op, rewriter, pred == NE || pred == (unsigned ? UGT : SGT) || pred == (unsigned ? UGE : SGE));
        }

        IntegerResult truncated = FloatConversions.toInteger(rhs, width, !unsigned, RoundingMode.TOWARD_ZERO);
        if (!truncated.isValid()) return false;
        BigInteger rhsInt = truncated.value();
        if (!rhs.isZero()) {
            FloatValue back = FloatConversions.fromInteger(kind, rhsInt);
            if (FloatArithmetic.compare(back, rhs) != Comparison.EQUAL) {
                // A fractional constant: adjust the predicate (rhsInt is rounded toward zero).
                boolean negative = rhs.isNegative();
                switch (pred) {
                    case NE:
                        return replaceWithBool(op, rewriter, true);
                    case EQ:
                        return replaceWithBool(op, rewriter, false);
                    case ULE:
                        if (negative) return replaceWithBool(op, rewriter, false);
                        break;
                    case SLE:
                        if (negative) pred = SLT;
                        break;
                    case ULT:
                        if (negative) return replaceWithBool(op, rewriter, false);
                        pred = ULE;
                        break;
                    case SLT:
                        if (!negative) pred = SLE;
                        break;
                    case UGT:
                        if (negative) return replaceWithBool(op, rewriter, true);
                        break;
                    case SGT:
                        if (negative) pred = SGE;
                        break;
                    case UGE:
                        if (negative) return replaceWithBool(op, rewriter, true);
                        pred = UGT;
                        break;
                    case SGE:
                        if (!negative) pred = SGT;
                        break;
                    default:
                        break;
                }
            }
        }
        rewriter.setInsertionPoint(op);
        Value c = ArithBuild.constant(rewriter, op.location(), IntegerAttr.of(intType, rhsInt));
        rewriter.replaceOp(op, List.of(ArithBuild.cmpi(rewriter, op.location(), pred, intValue, c)));
        return true;
    }

    private static int integerPredicate(FloatPredicate p, boolean unsigned) {
        return switch (p) {
            case OEQ, UEQ -> EQ;
            case OGT, UGT -> unsigned ? UGT : SGT;
            case OGE, UGE -> unsigned ? UGE : SGE;
            case OLT, ULT -> unsigned ? ULT : SLT;
            case OLE, ULE -> unsigned ? ULE : SLE;
            case ONE, UNE -> NE;
            default -> throw new IllegalArgumentException(p.keyword());
        };
    }

    private static boolean replaceWithBool(Operation op, PatternRewriter rewriter, boolean value) {
        rewriter.setInsertionPoint(op);
        rewriter.replaceOp(op, List.of(ArithBuild.constant(rewriter, op.location(), IntegerAttr.bool(value))));
        return true;
    }
}
