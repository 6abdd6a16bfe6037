package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.FoldResult;
import jmlir.ir.Folder;
import jmlir.ir.Operation;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.ir.Value;
import jmlir.numeric.APInt;

import java.util.List;

import static jmlir.dialect.arith.IntConstants.definedBy;
import static jmlir.dialect.arith.IntConstants.intOrSplat;
import static jmlir.dialect.arith.IntConstants.isAllOnes;
import static jmlir.dialect.arith.IntConstants.isOne;
import static jmlir.dialect.arith.IntConstants.isZero;

/**
 * Fold hooks of the arith ops on integer values, as mlir-opt 22 folds them: constant operands
 * (scalars, splats, dense elements) are computed with wrap-around; division by zero, signed
 * division overflow and shifts by the width or more are left alone.
 */
final class IntegerFolders {
    private IntegerFolders() {
    }

    static Folder forOp(String name) {
        return switch (name) {
            case "arith.addi" -> Folder.single(IntegerFolders::addi);
            case "arith.subi" -> Folder.single(IntegerFolders::subi);
            case "arith.muli" -> Folder.single(IntegerFolders::muli);
            case "arith.divui" -> Folder.single(IntegerFolders::divui);
            case "arith.divsi" -> Folder.single(IntegerFolders::divsi);
            case "arith.ceildivui" -> Folder.single(IntegerFolders::ceildivui);
            case "arith.ceildivsi" -> Folder.single(IntegerFolders::ceildivsi);
            case "arith.floordivsi" -> Folder.single(IntegerFolders::floordivsi);
            case "arith.remui" -> Folder.single(IntegerFolders::remui);
            case "arith.remsi" -> Folder.single(IntegerFolders::remsi);
            case "arith.andi" -> Folder.single(IntegerFolders::andi);
            case "arith.ori" -> Folder.single(IntegerFolders::ori);
            case "arith.xori" -> Folder.single(IntegerFolders::xori);
            case "arith.shli" -> Folder.single((op, c) -> shift(op, c, APInt::shl, false));
            case "arith.shrui" -> Folder.single((op, c) -> shift(op, c, APInt::lshr, false));
            case "arith.shrsi" -> Folder.single((op, c) -> shift(op, c, APInt::ashr, true));
            case "arith.maxsi" -> Folder.single(IntegerFolders::maxsi);
            case "arith.maxui" -> Folder.single(IntegerFolders::maxui);
            case "arith.minsi" -> Folder.single(IntegerFolders::minsi);
            case "arith.minui" -> Folder.single(IntegerFolders::minui);
            case "arith.addui_extended" -> IntegerFolders::adduiExtended;
            case "arith.mulsi_extended" -> IntegerFolders::mulsiExtended;
            case "arith.mului_extended" -> IntegerFolders::muluiExtended;
            case "arith.cmpi" -> Folder.single(CmpIFolder::fold);
            case "arith.select" -> Folder.single(SelectFolder::fold);
            case "arith.extui" -> Folder.single((op, c) -> extend(op, c, false));
            case "arith.extsi" -> Folder.single((op, c) -> extend(op, c, true));
            case "arith.trunci" -> Folder.single(IntegerFolders::trunci);
            case "arith.index_cast" -> Folder.single((op, c) -> indexCast(op, c, true));
            case "arith.index_castui" -> Folder.single((op, c) -> indexCast(op, c, false));
            case "arith.bitcast" -> Folder.single(BitcastFolder::fold);
            default -> null;
        };
    }

    private static Type type(Operation op) {
        return op.result(0).type();
    }

    /** The zero constant of the op's result type, or null when it has a dynamic shape. */
    private static Attribute zeroOf(Operation op) {
        return IntConstants.zero(type(op));
    }

    // ---------------------------------------------------------------- add, sub, mul

    private static FoldResult addi(Operation op, Attribute[] c) {
        if (isZero(c[1])) return op.operand(0);
        Operation sub = definedBy(op.operand(0), "arith.subi");
        if (sub != null && op.operand(1) == sub.operand(1)) return sub.operand(0);
        sub = definedBy(op.operand(1), "arith.subi");
        if (sub != null && op.operand(0) == sub.operand(1)) return sub.operand(0);
        return IntConstFold.binary(c, APInt::add);
    }

    private static FoldResult subi(Operation op, Attribute[] c) {
        if (op.operand(0) == op.operand(1)) {
            if (!(type(op) instanceof ShapedType s) || s.hasStaticShape()) {
                Attribute zero = zeroOf(op);
                if (zero != null) return zero;
            }
        }
        if (isZero(c[1])) return op.operand(0);
        Operation add = definedBy(op.operand(0), "arith.addi");
        if (add != null) {
            if (op.operand(1) == add.operand(1)) return add.operand(0);
            if (op.operand(1) == add.operand(0)) return add.operand(1);
        }
        return IntConstFold.binary(c, APInt::sub);
    }

    private static FoldResult muli(Operation op, Attribute[] c) {
        if (isZero(c[1])) return op.operand(1);
        if (isOne(c[1])) return op.operand(0);
        return IntConstFold.binary(c, APInt::mul);
    }

    // ---------------------------------------------------------------- division and remainder

    /** {@code (a * b) / b -> a} when the multiplication carries {@code flags}. */
    private static Value divOfMul(Operation op, long flags) {
        Operation mul = definedBy(op.operand(0), "arith.muli");
        if (mul == null || (ArithProps.overflowFlags(mul) & flags) != flags) return null;
        Value rhs = op.operand(1);
        if (mul.operand(0) == rhs) return mul.operand(1);
        if (mul.operand(1) == rhs) return mul.operand(0);
        return null;
    }

    private static FoldResult divui(Operation op, Attribute[] c) {
        if (isOne(c[1])) return op.operand(0);
        Value v = divOfMul(op, ArithProps.NUW);
        if (v != null) return v;
        return IntConstFold.binary(c, (a, b) -> b.isZero() ? null : a.udiv(b));
    }

    private static FoldResult divsi(Operation op, Attribute[] c) {
        if (isOne(c[1])) return op.operand(0);
        Value v = divOfMul(op, ArithProps.NSW);
        if (v != null) return v;
        return IntConstFold.binary(c, (a, b) -> b.isZero() || a.sdivOverflows(b) ? null : a.sdiv(b));
    }

    private static FoldResult ceildivui(Operation op, Attribute[] c) {
        if (isOne(c[1])) return op.operand(0);
        return IntConstFold.binary(c, (a, b) -> {
            if (b.isZero()) return null;
            APInt q = a.udiv(b);
            if (a.urem(b).isZero()) return q;
            APInt one = APInt.one(a.width());
            return q.uaddOverflows(one) ? null : q.add(one);
        });
    }

    private static FoldResult ceildivsi(Operation op, Attribute[] c) {
        if (isOne(c[1])) return op.operand(0);
        return IntConstFold.binary(c, IntegerFolders::ceilDivSigned);
    }

    /** Signed division rounding up; null on division by zero or when an intermediate step overflows. */
    private static APInt ceilDivSigned(APInt a, APInt b) {
        if (b.isZero()) return null;
        if (a.isZero()) return a;
        APInt zero = APInt.zero(a.width());
        boolean aPositive = a.compareSigned(zero) > 0;
        boolean bPositive = b.compareSigned(zero) > 0;
        if (aPositive && bPositive) return ceilDivPositive(a, b);
        if (!aPositive && !bPositive) {
            if (a.isSignedMin() || b.isSignedMin()) return null;
            return ceilDivPositive(a.negate(), b.negate());
        }
        if (!aPositive) {
            // -((-a) / b)
            if (a.isSignedMin()) return null;
            return a.negate().sdiv(b).negate();
        }
        // -(a / (-b))
        if (b.isSignedMin()) return null;
        return a.sdiv(b.negate()).negate();
    }

    /** (a - 1) / b + 1 for positive a and b. */
    private static APInt ceilDivPositive(APInt a, APInt b) {
        APInt one = APInt.one(a.width());
        return a.sub(one).sdiv(b).add(one);
    }

    /**
     * Like MLIR, only the last element's division decides whether dense elements fold; an
     * element divided by zero stays the dividend, MIN / -1 wraps.
     */
    private static FoldResult floordivsi(Operation op, Attribute[] c) {
        if (isOne(c[1])) return op.operand(0);
        boolean[] failed = {false};
        Attribute result = IntConstFold.binary(c, (a, b) -> {
            failed[0] = b.isZero() || a.sdivOverflows(b);
            return b.isZero() ? a : a.sfloordiv(b);
        });
        return failed[0] ? null : result;
    }

    private static FoldResult remui(Operation op, Attribute[] c) {
        if (isOne(c[1])) return zeroOf(op);
        return IntConstFold.binary(c, (a, b) -> b.isZero() ? null : a.urem(b));
    }

    private static FoldResult remsi(Operation op, Attribute[] c) {
        if (isOne(c[1])) return zeroOf(op);
        return IntConstFold.binary(c, (a, b) -> b.isZero() ? null : a.srem(b));
    }

    // ---------------------------------------------------------------- bitwise

    /** Whether {@code v} is {@code xori(x, allOnes)}. */
    private static boolean isNotOf(Value v, Value x) {
        Operation xor = definedBy(v, "arith.xori");
        return xor != null && xor.operand(0) == x && isAllOnes(IntConstants.constantOf(xor.operand(1)));
    }

    private static FoldResult andi(Operation op, Attribute[] c) {
        Value lhs = op.operand(0);
        Value rhs = op.operand(1);
        if (isZero(c[1])) return rhs;
        if (isAllOnes(c[1])) return lhs;
        if (isNotOf(rhs, lhs) || isNotOf(lhs, rhs)) {
            Attribute zero = zeroOf(op);
            if (zero != null) return zero;
        }
        // and(a, and(a, b)) -> and(a, b)
        for (int prevIndex = 0; prevIndex < 2; prevIndex++) {
            Operation prev = definedBy(op.operand(prevIndex), "arith.andi");
            if (prev == null) continue;
            Value other = op.operand(1 - prevIndex);
            if (other != prev.operand(0) && other != prev.operand(1)) continue;
            return prev.result(0);
        }
        return IntConstFold.binary(c, APInt::and);
    }

    private static FoldResult ori(Operation op, Attribute[] c) {
        APInt r = intOrSplat(c[1]);
        if (r != null) {
            if (r.isZero()) return op.operand(0);
            if (r.isAllOnes()) return c[1];
        }
        Value lhs = op.operand(0);
        Value rhs = op.operand(1);
        if (isNotOf(rhs, lhs)) return rhs.definingOp().operand(1);
        if (isNotOf(lhs, rhs)) return lhs.definingOp().operand(1);
        return IntConstFold.binary(c, APInt::or);
    }

    private static FoldResult xori(Operation op, Attribute[] c) {
        Value lhs = op.operand(0);
        Value rhs = op.operand(1);
        if (isZero(c[1])) return lhs;
        if (lhs == rhs) {
            Attribute zero = zeroOf(op);
            if (zero != null) return zero;
        }
        Operation prev = definedBy(lhs, "arith.xori");
        if (prev != null) {
            if (prev.operand(1) == rhs) return prev.operand(0);
            if (prev.operand(0) == rhs) return prev.operand(1);
        }
        prev = definedBy(rhs, "arith.xori");
        if (prev != null) {
            if (prev.operand(1) == lhs) return prev.operand(0);
            if (prev.operand(0) == lhs) return prev.operand(1);
        }
        return IntConstFold.binary(c, APInt::xor);
    }

    @FunctionalInterface
    private interface Shift {
        APInt apply(APInt value, long amount);
    }

    /**
     * Shifts fold unless the shift amount reaches the width. As in MLIR, for dense elements the
     * last element's amount decides; elements shifted out of range become what LLVM's APInt gives.
     */
    private static FoldResult shift(Operation op, Attribute[] c, Shift shift, boolean fillsSign) {
        if (isZero(c[1])) return op.operand(0);
        boolean[] bounded = {false};
        Attribute result = IntConstFold.binary(c, (a, b) -> {
            bounded[0] = b.ult(b.width());
            if (bounded[0]) return shift.apply(a, b.unsignedLong());
            // Every bit shifted out: zero, or copies of the sign bit for an arithmetic shift.
            return fillsSign && a.isNegative() ? APInt.allOnes(a.width()) : APInt.zero(a.width());
        });
        return bounded[0] ? result : null;
    }

    // ---------------------------------------------------------------- min and max

    private static FoldResult maxsi(Operation op, Attribute[] c) {
        if (op.operand(0) == op.operand(1)) return op.operand(1);
        APInt r = intOrSplat(c[1]);
        if (r != null) {
            if (r.isSignedMax()) return op.operand(1);
            if (r.isSignedMin()) return op.operand(0);
        }
        return IntConstFold.binary(c, APInt::smax);
    }

    private static FoldResult maxui(Operation op, Attribute[] c) {
        if (op.operand(0) == op.operand(1)) return op.operand(1);
        APInt r = intOrSplat(c[1]);
        if (r != null) {
            if (r.isAllOnes()) return op.operand(1);
            if (r.isZero()) return op.operand(0);
        }
        return IntConstFold.binary(c, APInt::umax);
    }

    private static FoldResult minsi(Operation op, Attribute[] c) {
        if (op.operand(0) == op.operand(1)) return op.operand(1);
        APInt r = intOrSplat(c[1]);
        if (r != null) {
            if (r.isSignedMin()) return op.operand(1);
            if (r.isSignedMax()) return op.operand(0);
        }
        return IntConstFold.binary(c, APInt::smin);
    }

    private static FoldResult minui(Operation op, Attribute[] c) {
        if (op.operand(0) == op.operand(1)) return op.operand(1);
        APInt r = intOrSplat(c[1]);
        if (r != null) {
            if (r.isZero()) return op.operand(1);
            if (r.isAllOnes()) return op.operand(0);
        }
        return IntConstFold.binary(c, APInt::umin);
    }

    // ---------------------------------------------------------------- extended arithmetic

    private static boolean adduiExtended(Operation op, Attribute[] c, List<FoldResult> results) {
        Type overflowType = op.result(1).type();
        if (isZero(IntConstants.constantOf(op.operand(1)))) {
            Attribute noOverflow = IntConstants.zero(overflowType);
            if (noOverflow == null) return false;
            results.add(op.operand(0));
            results.add(noOverflow);
            return true;
        }
        Attribute sum = IntConstFold.binary(c, APInt::add);
        if (sum == null) return false;
        Attribute overflow = IntConstFold.binary(sum, c[0], ArithTypes.i1SameShape(TypedAttributes.typeOf(sum)),
                (s, a) -> s.compareUnsigned(a) < 0 ? APInt.allOnes(1) : APInt.zero(1));
        if (overflow == null) return false;
        results.add(sum);
        results.add(overflow);
        return true;
    }

    private static boolean mulsiExtended(Operation op, Attribute[] c, List<FoldResult> results) {
        if (isZero(c[1])) {
            results.add(c[1]);
            results.add(c[1]);
            return true;
        }
        return mulExtended(c, results, APInt::mulhs);
    }

    private static boolean muluiExtended(Operation op, Attribute[] c, List<FoldResult> results) {
        if (isZero(c[1])) {
            results.add(c[1]);
            results.add(c[1]);
            return true;
        }
        if (isOne(c[1])) {
            Attribute zero = IntConstants.zero(op.operand(0).type());
            if (zero == null) return false;
            results.add(op.operand(0));
            results.add(zero);
            return true;
        }
        return mulExtended(c, results, APInt::mulhu);
    }

    private static boolean mulExtended(Attribute[] c, List<FoldResult> results, IntConstFold.Binary high) {
        Attribute low = IntConstFold.binary(c, APInt::mul);
        if (low == null) return false;
        results.add(low);
        results.add(IntConstFold.binary(c, high));
        return true;
    }

    // ---------------------------------------------------------------- casts

    private static int resultWidth(Operation op) {
        return IntConstants.width(ArithTypes.elementTypeOrSelf(type(op)));
    }

    private static FoldResult extend(Operation op, Attribute[] c, boolean signed) {
        String name = signed ? "arith.extsi" : "arith.extui";
        Operation inner = definedBy(op.operand(0), name);
        if (inner != null) {
            op.setOperand(0, inner.operand(0));
            return op.result(0);
        }
        int width = resultWidth(op);
        return IntConstFold.cast(c[0], type(op), a -> signed ? a.sext(width) : a.zext(width));
    }

    private static FoldResult trunci(Operation op, Attribute[] c) {
        Operation ext = definedBy(op.operand(0), "arith.extui");
        if (ext == null) ext = definedBy(op.operand(0), "arith.extsi");
        if (ext != null) {
            Value src = ext.operand(0);
            Type srcType = ArithTypes.elementTypeOrSelf(src.type());
            Type dstType = ArithTypes.elementTypeOrSelf(type(op));
            if (IntConstants.width(srcType) > IntConstants.width(dstType)) {
                op.setOperand(0, src);
                return op.result(0);
            }
            if (srcType.equals(dstType)) return src;
        }
        Operation trunc = definedBy(op.operand(0), "arith.trunci");
        if (trunc != null) {
            op.setOperand(0, trunc.operand(0));
            return op.result(0);
        }
        int width = resultWidth(op);
        return IntConstFold.cast(c[0], type(op), a -> a.trunc(width));
    }

    private static FoldResult indexCast(Operation op, Attribute[] c, boolean signed) {
        int width = resultWidth(op);
        return IntConstFold.cast(c[0], type(op), a -> signed ? a.sextOrTrunc(width) : a.zextOrTrunc(width));
    }
}
