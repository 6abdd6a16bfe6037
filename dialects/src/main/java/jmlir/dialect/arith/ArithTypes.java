package jmlir.dialect.arith;

import jmlir.ir.FloatType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerType;
import jmlir.ir.MemRefType;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.UnrankedMemRefType;
import jmlir.ir.UnrankedTensorType;
import jmlir.ir.VectorType;

import java.util.function.Predicate;

/** The type constraints of the arith dialect, with the descriptions ODS gives them. */
public final class ArithTypes {
    private ArithTypes() {
    }

    static boolean isSignlessInteger(Type t) {
        return t instanceof IntegerType it && it.isSignless();
    }

    static boolean isSignlessIntegerOrIndex(Type t) {
        return t instanceof IndexType || isSignlessInteger(t);
    }

    static boolean isTensor(Type t) {
        return t instanceof RankedTensorType || t instanceof UnrankedTensorType;
    }

    static boolean isMemRef(Type t) {
        return t instanceof MemRefType || t instanceof UnrankedMemRefType;
    }

    /** The type itself, or a vector or tensor of it (ODS's TypeOrContainer). */
    static boolean typeOrContainer(Type t, Predicate<Type> element) {
        if (t instanceof VectorType || isTensor(t)) return element.test(((ShapedType) t).elementType());
        return element.test(t);
    }

    /** The element type of vectors, tensors and memrefs; other types themselves. */
    public static Type elementTypeOrSelf(Type t) {
        return t instanceof ShapedType s ? s.elementType() : t;
    }

    /** i1, or a vector or tensor of i1 with the shape of {@code t}. */
    public static Type i1SameShape(Type t) {
        if (t instanceof VectorType v) return new VectorType(v.shape(), v.scalableDims(), IntegerType.I1);
        if (t instanceof RankedTensorType r) return new RankedTensorType(r.shape(), IntegerType.I1, r.encoding());
        if (t instanceof UnrankedTensorType) return new UnrankedTensorType(IntegerType.I1);
        return IntegerType.I1;
    }

    public static final TypeConstraint SIGNLESS_INTEGER_LIKE = TypeConstraint.of("signless-integer-like",
            t -> typeOrContainer(t, ArithTypes::isSignlessIntegerOrIndex));
    public static final TypeConstraint SIGNLESS_FIXED_WIDTH_INTEGER_LIKE = TypeConstraint.of(
            "signless-fixed-width-integer-like", t -> typeOrContainer(t, ArithTypes::isSignlessInteger));
    public static final TypeConstraint FLOAT_LIKE = TypeConstraint.of("floating-point-like",
            t -> typeOrContainer(t, e -> e instanceof FloatType));
    public static final TypeConstraint BOOL_LIKE = TypeConstraint.of("bool-like",
            t -> typeOrContainer(t, e -> e.equals(IntegerType.I1)));
    /** Operands and results of index casts. */
    public static final TypeConstraint INDEX_CASTABLE = TypeConstraint.of(
            "signless-integer-like or memref of signless-integer",
            t -> SIGNLESS_INTEGER_LIKE.accepts(t)
                    || isMemRef(t) && isSignlessIntegerOrIndex(((ShapedType) t).elementType()));
    /** Operands and results of bitcasts. */
    public static final TypeConstraint BITCASTABLE = TypeConstraint.of(
            "signless-integer-or-float-like or memref of signless-integer or float",
            t -> typeOrContainer(t, e -> isSignlessInteger(e) || e instanceof FloatType)
                    || isMemRef(t) && (isSignlessInteger(((ShapedType) t).elementType())
                    || ((ShapedType) t).elementType() instanceof FloatType));
}
