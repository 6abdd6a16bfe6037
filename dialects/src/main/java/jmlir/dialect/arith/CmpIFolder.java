package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.FoldResult;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.ir.Value;
import jmlir.ir.VectorType;
import jmlir.numeric.APInt;

import static jmlir.dialect.arith.IntConstants.definedBy;
import static jmlir.dialect.arith.IntConstants.isOne;
import static jmlir.dialect.arith.IntConstants.isZero;

/** arith.cmpi's fold hook, and the predicates it evaluates. */
final class CmpIFolder {
    static final int EQ = 0, NE = 1, SLT = 2, SLE = 3, SGT = 4, SGE = 5, ULT = 6, ULE = 7, UGT = 8, UGE = 9;

    private CmpIFolder() {
    }

    /** Whether {@code lhs pred rhs} holds. */
    static boolean apply(int predicate, APInt lhs, APInt rhs) {
        return switch (predicate) {
            case EQ -> lhs.equals(rhs);
            case NE -> !lhs.equals(rhs);
            case SLT -> lhs.compareSigned(rhs) < 0;
            case SLE -> lhs.compareSigned(rhs) <= 0;
            case SGT -> lhs.compareSigned(rhs) > 0;
            case SGE -> lhs.compareSigned(rhs) >= 0;
            case ULT -> lhs.compareUnsigned(rhs) < 0;
            case ULE -> lhs.compareUnsigned(rhs) <= 0;
            case UGT -> lhs.compareUnsigned(rhs) > 0;
            case UGE -> lhs.compareUnsigned(rhs) >= 0;
            default -> throw new IllegalArgumentException("unknown cmpi predicate " + predicate);
        };
    }

    /** The predicate that holds when this one does not ({@code slt} to {@code sge}). */
    static int invert(int predicate) {
        return switch (predicate) {
            case EQ -> NE;
            case NE -> EQ;
            case SLT -> SGE;
            case SLE -> SGT;
            case SGT -> SLE;
            case SGE -> SLT;
            case ULT -> UGE;
            case ULE -> UGT;
            case UGT -> ULE;
            case UGE -> ULT;
            default -> throw new IllegalArgumentException("unknown cmpi predicate " + predicate);
        };
    }

    /** The predicate with the operands swapped ({@code slt} to {@code sgt}; eq and ne stay). */
    static int swap(int predicate) {
        return switch (predicate) {
            case SLT -> SGT;
            case SGT -> SLT;
            case SLE -> SGE;
            case SGE -> SLE;
            case ULT -> UGT;
            case UGT -> ULT;
            case ULE -> UGE;
            case UGE -> ULE;
            default -> predicate;
        };
    }

    private static boolean holdsForEqualOperands(int predicate) {
        return predicate == EQ || predicate == SLE || predicate == SGE || predicate == ULE || predicate == UGE;
    }

    /** The width of an integer type or of a vector's integer elements; -1 for others (tensors too). */
    private static int integerWidth(Type t) {
        if (t instanceof IntegerType it) return it.width();
        if (t instanceof VectorType v && v.elementType() instanceof IntegerType it) return it.width();
        return -1;
    }

    private static boolean isI1Like(Type t) {
        return ArithTypes.elementTypeOrSelf(t) instanceof IntegerType it && it.width() == 1;
    }

    static FoldResult fold(Operation op, Attribute[] c) {
        int predicate = ArithProps.cmpiPredicate(op);
        Value lhs = op.operand(0);
        Value rhs = op.operand(1);
        if (lhs == rhs) return IntConstants.bool(op.result(0).type(), holdsForEqualOperands(predicate));

        if (isZero(c[1])) {
            // ext(%x : i1) != 0 -> %x
            for (String ext : new String[] {"arith.extsi", "arith.extui"}) {
                Operation extOp = definedBy(lhs, ext);
                if (extOp != null && integerWidth(extOp.operand(0).type()) == 1 && predicate == NE) {
                    return extOp.operand(0);
                }
            }
            if (isI1Like(lhs.type()) && predicate == NE) return lhs;
        }
        if (isOne(c[1]) && isI1Like(lhs.type()) && predicate == EQ) return lhs;

        // Move a constant to the right.
        if (c[0] != null && c[1] == null) {
            op.setProperties(ArithProps.with(op, "predicate", ArithProps.cmpiPredicateAttr(swap(predicate))));
            op.setOperand(0, rhs);
            op.setOperand(1, lhs);
            return op.result(0);
        }

        Type lhsType = c[0] == null ? null : TypedAttributes.typeOf(c[0]);
        if (lhsType == null) return null;
        return IntConstFold.binary(c[0], c[1], ArithTypes.i1SameShape(lhsType),
                (a, b) -> apply(predicate, a, b) ? APInt.allOnes(1) : APInt.zero(1));
    }
}
