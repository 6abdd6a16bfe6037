package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.FloatValue;
import jmlir.ir.FoldResult;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.numeric.APInt;

import static jmlir.dialect.arith.IntConstants.definedBy;
import static jmlir.dialect.arith.IntConstants.isOne;
import static jmlir.dialect.arith.IntConstants.isZero;

/** arith.select's fold hook. */
final class SelectFolder {
    private SelectFolder() {
    }

    static FoldResult fold(Operation op, Attribute[] c) {
        Value cond = op.operand(0);
        Value trueValue = op.operand(1);
        Value falseValue = op.operand(2);
        if (trueValue == falseValue) return trueValue;
        if (isOne(c[0])) return trueValue;
        if (isZero(c[0])) return falseValue;

        // select %x, true, false -> %x
        if (op.result(0).type() instanceof IntegerType it && it.width() == 1 && it.isSignless()
                && isOne(c[1]) && isZero(c[2])) {
            return cond;
        }

        Operation cmp = definedBy(cond, "arith.cmpi");
        if (cmp != null) {
            int predicate = ArithProps.cmpiPredicate(cmp);
            if (predicate == CmpIFolder.EQ || predicate == CmpIFolder.NE) {
                Value l = cmp.operand(0);
                Value r = cmp.operand(1);
                if ((l == trueValue && r == falseValue) || (r == trueValue && l == falseValue)) {
                    return predicate == CmpIFolder.NE ? trueValue : falseValue;
                }
            }
        }

        if (c[0] instanceof DenseIntOrFloatElementsAttr mask && c[1] instanceof DenseIntOrFloatElementsAttr t
                && c[2] instanceof DenseIntOrFloatElementsAttr f) {
            return elementwise(mask, t, f);
        }
        return null;
    }

    /** Picks each element from {@code t} or {@code f} by the mask. */
    private static Attribute elementwise(DenseIntOrFloatElementsAttr mask, DenseIntOrFloatElementsAttr t,
                                         DenseIntOrFloatElementsAttr f) {
        if (t.isComplex() || !t.type().equals(f.type())) return null;
        int n = Math.toIntExact(t.numElements());
        if (t.isFloat()) {
            FloatValue[] values = new FloatValue[n];
            for (int i = 0; i < n; i++) {
                values[i] = mask.getBool(at(mask, i)) ? t.getFloat(at(t, i)) : f.getFloat(at(f, i));
            }
            return DenseIntOrFloatElementsAttr.ofFloats(t.type(), values);
        }
        APInt[] values = new APInt[n];
        for (int i = 0; i < n; i++) {
            values[i] = mask.getBool(at(mask, i)) ? IntConstants.element(t, at(t, i))
                    : IntConstants.element(f, at(f, i));
        }
        return IntConstants.dense(t.type(), values);
    }

    private static long at(DenseIntOrFloatElementsAttr d, int i) {
        return d.isSplat() ? 0 : i;
    }
}
