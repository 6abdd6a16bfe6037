package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.ShapedType;
import jmlir.ir.SparseElementsAttr;
import jmlir.numeric.FloatArithmetic;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The values of a scalar, dense or sparse constant operand, and the constant holding results computed
 * from them: what MLIR's constFoldUnaryOp, constFoldBinaryOp and constFoldCastOp do for
 * FloatAttr, IntegerAttr and dense elements (splat or not).
 *
 * @param <T> FloatValue or BigInteger
 */
record ConstantElements<T>(Shape shape, Type type, List<T> values) {

    /** A scalar attribute, a splat (one value for all elements), or every element. */
    enum Shape { SCALAR, SPLAT, DENSE }

    /** The floats of a FloatAttr or of dense or sparse float elements (not complex), or null. */
    static ConstantElements<FloatValue> floats(Attribute attr) {
        if (attr instanceof FloatAttr f) return new ConstantElements<>(Shape.SCALAR, f.type(), List.of(f.value()));
        if (attr instanceof DenseIntOrFloatElementsAttr d && d.isFloat() && !d.isComplex()) {
            int n = d.isSplat() ? 1 : Math.toIntExact(d.type().numElements());
            List<FloatValue> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) values.add(d.getFloat(i));
            return new ConstantElements<>(d.isSplat() ? Shape.SPLAT : Shape.DENSE, d.type(), values);
        }
        if (attr instanceof SparseElementsAttr sparse && sparse.values() instanceof DenseIntOrFloatElementsAttr v
                && v.isFloat() && !v.isComplex() && sparse.type().elementType() instanceof FloatType ft) {
            return expand(sparse, FloatArithmetic.zero(ft.kind(), false), v::getFloat);
        }
        return null;
    }

    /** Sparse constants with more elements than this are left unfolded rather than expanded. */
    private static final long MAX_EXPANDED_ELEMENTS = 1 << 24;

    /**
     * Every element of a sparse constant: the given values at their indices, zero elsewhere; null
     * when there are too many elements to expand.
     */
    private static <T> ConstantElements<T> expand(SparseElementsAttr sparse, T zero, LongFunction<T> value) {
        ShapedType type = sparse.type();
        if (type.numElements() > MAX_EXPANDED_ELEMENTS) return null;
        int n = (int) type.numElements();
        List<T> values = new ArrayList<>(Collections.nCopies(n, zero));
        DenseIntOrFloatElementsAttr given = (DenseIntOrFloatElementsAttr) sparse.values();
        long[] shape = type.shape();
        for (long i = 0; i < sparse.numSparseIndices(); i++) {
            long[] index = sparse.indexAt(i);
            long flat = 0;
            for (int d = 0; d < shape.length; d++) flat = flat * shape[d] + index[d];
            if (flat < 0 || flat >= n) return null;
            values.set((int) flat, value.apply(given.isSplat() ? 0 : i));
        }
        return new ConstantElements<>(Shape.DENSE, type, values);
    }

    /**
     * The integers of an IntegerAttr or of dense integer elements of a signless or signed integer
     * type, read as signed or (with {@code unsigned}) as unsigned numbers of the type's width; or null.
     */
    static ConstantElements<BigInteger> integers(Attribute attr, boolean unsigned) {
        if (attr instanceof IntegerAttr i && i.type() instanceof IntegerType it) {
            return new ConstantElements<>(Shape.SCALAR, it, List.of(interpret(i.bigValue(), it.width(), unsigned)));
        }
        if (attr instanceof DenseIntOrFloatElementsAttr d && !d.isFloat() && !d.isComplex()
                && d.type().elementType() instanceof IntegerType it) {
            int n = d.isSplat() ? 1 : Math.toIntExact(d.type().numElements());
            List<BigInteger> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) values.add(interpret(d.getBigInteger(i), it.width(), unsigned));
            return new ConstantElements<>(d.isSplat() ? Shape.SPLAT : Shape.DENSE, d.type(), values);
        }
        if (attr instanceof SparseElementsAttr sparse && sparse.values() instanceof DenseIntOrFloatElementsAttr v
                && !v.isFloat() && !v.isComplex() && sparse.type().elementType() instanceof IntegerType it) {
            return expand(sparse, BigInteger.ZERO, i -> interpret(v.getBigInteger(i), it.width(), unsigned));
        }
        return null;
    }

    private static BigInteger interpret(BigInteger v, int width, boolean unsigned) {
        BigInteger bits = v.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
        if (unsigned || width == 0 || !bits.testBit(width - 1)) return bits;
        return bits.subtract(BigInteger.ONE.shiftLeft(width));
    }

    /** The element (or the splat value) at {@code index}. */
    T get(int index) {
        return values.get(shape == Shape.DENSE ? index : 0);
    }

    int count() {
        return values.size();
    }

    /** Applies {@code f} to each value; null if it fails (returns null) on any. */
    <R> ConstantElements<R> map(Type resultType, Function<T, R> f) {
        List<R> out = new ArrayList<>(values.size());
        for (T v : values) {
            R r = f.apply(v);
            if (r == null) return null;
            out.add(r);
        }
        return new ConstantElements<>(shape, resultType, out);
    }

    /**
     * Combines two operands of one type elementwise (a splat beside dense elements stands for all
     * of them); null if their types differ, one is a scalar and the other not, or {@code f} fails.
     */
    static <T, R> ConstantElements<R> zip(ConstantElements<T> a, ConstantElements<T> b, Type resultType,
                                          BiFunction<T, T, R> f) {
        if (a == null || b == null || !a.type.equals(b.type)) return null;
        if ((a.shape == Shape.SCALAR) != (b.shape == Shape.SCALAR)) return null;
        Shape shape = a.shape == Shape.DENSE || b.shape == Shape.DENSE ? Shape.DENSE : a.shape;
        int n = shape == Shape.DENSE ? Math.toIntExact(((ShapedType) a.type).numElements()) : 1;
        List<R> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            R r = f.apply(a.get(i), b.get(i));
            if (r == null) return null;
            out.add(r);
        }
        return new ConstantElements<>(shape, resultType, out);
    }

    /**
     * The constant holding the values: a FloatAttr or IntegerAttr for a scalar, dense elements
     * otherwise (null when the result type has no static shape).
     */
    Attribute toAttribute() {
        if (shape == Shape.SCALAR) {
            Object v = values.get(0);
            return v instanceof FloatValue f ? new FloatAttr(type, f) : IntegerAttr.of(type, (BigInteger) v);
        }
        if (!(type instanceof ShapedType st) || !st.hasStaticShape()) return null;
        if (st.elementType() instanceof FloatType) {
            return DenseIntOrFloatElementsAttr.ofFloats(st, values.toArray(FloatValue[]::new));
        }
        return DenseIntOrFloatElementsAttr.ofBigIntegers(st, values.toArray(BigInteger[]::new));
    }

    /** The type of a constant attribute (FloatAttr, IntegerAttr, elements), or null. */
    static Type typeOf(Attribute attr) {
        return attr == null ? null : TypedAttributes.typeOf(attr);
    }
}
