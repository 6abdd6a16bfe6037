package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.numeric.APInt;

/**
 * Elementwise folding of integer constants as MLIR's CommonFolders does it: two scalars, two
 * splats (giving a splat) or two dense elements of one type (element by element). A function
 * returning null for any element stops the fold.
 */
final class IntConstFold {
    private IntConstFold() {
    }

    @FunctionalInterface
    interface Binary {
        /** The result for one pair of elements, or null when the op must not fold. */
        APInt apply(APInt a, APInt b);
    }

    @FunctionalInterface
    interface Unary {
        /** The result for one element, or null when the op must not fold. */
        APInt apply(APInt a);
    }

    /** Folds with the operands' type as the result type. */
    static Attribute binary(Attribute[] constants, Binary fn) {
        Attribute lhs = constants[0];
        Attribute rhs = constants[1];
        if (lhs == null || rhs == null) return null;
        Type lt = TypedAttributes.typeOf(lhs);
        if (lt == null || !lt.equals(TypedAttributes.typeOf(rhs))) return null;
        return binary(lhs, rhs, lt, fn);
    }

    static Attribute binary(Attribute lhs, Attribute rhs, Type resultType, Binary fn) {
        if (lhs == null || rhs == null || resultType == null) return null;
        if (lhs instanceof IntegerAttr a && rhs instanceof IntegerAttr b) {
            if (!a.type().equals(b.type())) return null;
            APInt r = fn.apply(IntConstants.toAPInt(a), IntConstants.toAPInt(b));
            return r == null ? null : IntConstants.toAttr(resultType, r);
        }
        if (!(lhs instanceof ElementsAttr le && rhs instanceof ElementsAttr re) || !le.type().equals(re.type())) {
            return null;
        }
        if (!(lhs instanceof DenseIntOrFloatElementsAttr ld && rhs instanceof DenseIntOrFloatElementsAttr rd)
                || !isInt(ld) || !isInt(rd) || !(resultType instanceof ShapedType st)) {
            return null;
        }
        if (ld.isSplat() && rd.isSplat()) {
            APInt r = fn.apply(IntConstants.element(ld, 0), IntConstants.element(rd, 0));
            return r == null ? null : IntConstants.splat(st, r);
        }
        long n = ld.numElements();
        APInt[] results = new APInt[Math.toIntExact(n)];
        for (int i = 0; i < n; i++) {
            APInt r = fn.apply(IntConstants.element(ld, ld.isSplat() ? 0 : i),
                    IntConstants.element(rd, rd.isSplat() ? 0 : i));
            if (r == null) return null;
            results[i] = r;
        }
        return IntConstants.dense(st, results);
    }

    /** Folds a cast (or other one-operand op) to {@code resultType}. */
    static Attribute cast(Attribute in, Type resultType, Unary fn) {
        if (in == null) return null;
        if (in instanceof IntegerAttr a) {
            APInt r = fn.apply(IntConstants.toAPInt(a));
            return r == null ? null : IntConstants.toAttr(resultType, r);
        }
        if (!(in instanceof DenseIntOrFloatElementsAttr d) || !isInt(d)
                || !(resultType instanceof ShapedType st) || !st.hasStaticShape()) {
            return null;
        }
        if (d.isSplat()) {
            APInt r = fn.apply(IntConstants.element(d, 0));
            return r == null ? null : IntConstants.splat(st, r);
        }
        long n = d.numElements();
        APInt[] results = new APInt[Math.toIntExact(n)];
        for (int i = 0; i < n; i++) {
            APInt r = fn.apply(IntConstants.element(d, i));
            if (r == null) return null;
            results[i] = r;
        }
        return IntConstants.dense(st, results);
    }

    private static boolean isInt(DenseIntOrFloatElementsAttr d) {
        return !d.isFloat() && !d.isComplex();
    }
}
