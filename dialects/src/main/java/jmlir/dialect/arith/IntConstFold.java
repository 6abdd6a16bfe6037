package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.ShapedType;
import jmlir.ir.SparseElementsAttr;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.numeric.APInt;

/**
 * Elementwise folding of integer constants as MLIR's CommonFolders does it: two scalars, two
 * splats (giving a splat) or two dense or sparse elements of one type (element by element,
 * giving dense elements). A function returning null for any element stops the fold.
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
        if (!(lhs instanceof ElementsAttr le && rhs instanceof ElementsAttr re) || !le.type().equals(re.type())
                || !(resultType instanceof ShapedType st)) {
            return null;
        }
        if (lhs instanceof DenseIntOrFloatElementsAttr ld && rhs instanceof DenseIntOrFloatElementsAttr rd
                && ld.isSplat() && rd.isSplat()) {
            if (!isInt(ld) || !isInt(rd)) return null;
            APInt r = fn.apply(IntConstants.element(ld, 0), IntConstants.element(rd, 0));
            return r == null ? null : IntConstants.splat(st, r);
        }
        APInt[] a = elements(le);
        APInt[] b = elements(re);
        if (a == null || b == null) return null;
        APInt[] results = new APInt[a.length];
        for (int i = 0; i < a.length; i++) {
            results[i] = fn.apply(a[i], b[i]);
            if (results[i] == null) return null;
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
        if (!(in instanceof ElementsAttr e) || !(resultType instanceof ShapedType st) || !st.hasStaticShape()) {
            return null;
        }
        if (in instanceof DenseIntOrFloatElementsAttr d && d.isSplat()) {
            if (!isInt(d)) return null;
            APInt r = fn.apply(IntConstants.element(d, 0));
            return r == null ? null : IntConstants.splat(st, r);
        }
        APInt[] values = elements(e);
        if (values == null) return null;
        APInt[] results = new APInt[values.length];
        for (int i = 0; i < values.length; i++) {
            results[i] = fn.apply(values[i]);
            if (results[i] == null) return null;
        }
        return IntConstants.dense(st, results);
    }

    /**
     * Every element of integer dense or sparse elements, in row-major order; null for other
     * elements (floats, resources), whose values MLIR does not read as integers either.
     */
    static APInt[] elements(ElementsAttr attr) {
        int n = Math.toIntExact(attr.numElements());
        if (attr instanceof DenseIntOrFloatElementsAttr d) {
            if (!isInt(d)) return null;
            APInt[] values = new APInt[n];
            for (int i = 0; i < n; i++) values[i] = IntConstants.element(d, d.isSplat() ? 0 : i);
            return values;
        }
        if (attr instanceof SparseElementsAttr s && s.values() instanceof DenseIntOrFloatElementsAttr v && isInt(v)) {
            APInt[] values = new APInt[n];
            java.util.Arrays.fill(values, APInt.zero(v.layout().bits()));
            boolean[] given = new boolean[n];
            long[] shape = s.type().shape();
            for (long k = 0; k < s.numSparseIndices(); k++) {
                long[] index = s.indexAt(k);
                long flat = 0;
                for (int d = 0; d < shape.length; d++) flat = flat * shape[d] + index[d];
                // The first value given for an index counts, as in MLIR.
                if (flat < 0 || flat >= n || given[(int) flat]) continue;
                given[(int) flat] = true;
                values[(int) flat] = IntConstants.element(v, v.isSplat() ? 0 : k);
            }
            return values;
        }
        return null;
    }

    private static boolean isInt(DenseIntOrFloatElementsAttr d) {
        return !d.isFloat() && !d.isComplex();
    }
}
