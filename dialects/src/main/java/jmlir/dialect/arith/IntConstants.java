package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.Folding;

import java.math.BigInteger;

/**
 * Integer constants as the arith folders and patterns see them: conversions between attributes
 * and {@link APInt}, and MLIR's constant matchers ({@code m_Constant}, {@code m_ConstantInt},
 * {@code m_Zero}, {@code m_One}).
 */
final class IntConstants {
    private IntConstants() {
    }

    /** The bit width of an integer or index type (index: 64). */
    static int width(Type scalar) {
        return IntegerAttr.widthOf(scalar);
    }

    static APInt toAPInt(IntegerAttr a) {
        int w = width(a.type());
        return a.wide() == null ? APInt.of(w, a.value()) : APInt.of(w, a.wide());
    }

    /** An integer attribute of an integer or index type holding {@code v}'s bits. */
    static IntegerAttr toAttr(Type type, APInt v) {
        if (v.width() <= 64 && !(type instanceof IntegerType it && it.isUnsigned())) {
            return new IntegerAttr(type, v.signedLong(), null);
        }
        return IntegerAttr.of(type, v.unsigned());
    }

    /** Element {@code i} of integer dense elements. */
    static APInt element(DenseIntOrFloatElementsAttr d, long i) {
        int w = d.layout().bits();
        return w <= 64 ? APInt.of(w, d.getRawBits(i)) : APInt.of(w, d.getBigInteger(i));
    }

    /** Dense elements of {@code type} holding {@code values}, one per element (kept as a splat when all equal). */
    static DenseIntOrFloatElementsAttr dense(ShapedType type, APInt[] values) {
        int w = width(type.elementType());
        if (w <= 64) {
            long[] longs = new long[values.length];
            for (int i = 0; i < longs.length; i++) longs[i] = values[i].unsignedLong();
            return DenseIntOrFloatElementsAttr.ofLongs(type, longs);
        }
        BigInteger[] bigs = new BigInteger[values.length];
        for (int i = 0; i < bigs.length; i++) bigs[i] = values[i].unsigned();
        return DenseIntOrFloatElementsAttr.ofBigIntegers(type, bigs);
    }

    /** A splat of {@code value} over {@code type}, which must have a static shape. */
    static DenseIntOrFloatElementsAttr splat(ShapedType type, APInt value) {
        if (value.width() <= 64) return DenseIntOrFloatElementsAttr.splat(type, value.unsignedLong());
        DenseIntOrFloatElementsAttr.Layout l = DenseIntOrFloatElementsAttr.Layout.of(type.elementType());
        byte[] one = new byte[l.elementBytes()];
        DenseIntOrFloatElementsAttr.writeBig(one, 0, l.partBytes(), l.bits(), value.unsigned());
        return DenseIntOrFloatElementsAttr.adopt(type, one);
    }

    /** {@code value} as a constant of {@code type}: a scalar, or a splat of a static shape; null otherwise. */
    static Attribute splatOrScalar(Type type, APInt value) {
        if (type instanceof ShapedType s) {
            if (!s.hasStaticShape() || !isIntOrIndex(s.elementType())) return null;
            return splat(s, value);
        }
        return isIntOrIndex(type) ? toAttr(type, value) : null;
    }

    /** Builder::getZeroAttr for integer-like types; null for others and for dynamic shapes. */
    static Attribute zero(Type type) {
        return splatOrScalar(type, APInt.zero(width(ArithTypes.elementTypeOrSelf(type))));
    }

    /** A bool of {@code type} (i1, or a static shape of i1): MLIR's getBoolAttribute. */
    static Attribute bool(Type type, boolean value) {
        return splatOrScalar(type, value ? APInt.allOnes(1) : APInt.zero(1));
    }

    private static boolean isIntOrIndex(Type t) {
        return t instanceof IntegerType || t instanceof IndexType;
    }

    // ---------------------------------------------------------------- matchers

    /** m_ConstantInt on an attribute: an integer, or a splat of integers; else null. */
    static APInt intOrSplat(Attribute a) {
        if (a instanceof IntegerAttr i) return toAPInt(i);
        if (a instanceof DenseIntOrFloatElementsAttr d && d.isSplat() && !d.isFloat() && !d.isComplex()) {
            return element(d, 0);
        }
        return null;
    }

    static boolean isZero(Attribute a) {
        APInt v = intOrSplat(a);
        return v != null && v.isZero();
    }

    static boolean isOne(Attribute a) {
        APInt v = intOrSplat(a);
        return v != null && v.isOne();
    }

    static boolean isAllOnes(Attribute a) {
        APInt v = intOrSplat(a);
        return v != null && v.isAllOnes();
    }

    /** m_Constant on a value: the folded value of its constant-like defining op, else null. */
    static Attribute constantOf(Value v) {
        if (v.definingOp() instanceof ConstantOp c) return c.value();
        return Folding.constantValue(v);
    }

    /** m_ConstantInt on a value. */
    static APInt intOrSplat(Value v) {
        Attribute a = constantOf(v);
        return a == null ? null : intOrSplat(a);
    }

    /** The op defining {@code v} when it has the given name, else null. */
    static Operation definedBy(Value v, String opName) {
        Operation def = v.definingOp();
        return def != null && def.name().name().equals(opName) ? def : null;
    }
}
