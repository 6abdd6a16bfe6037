package jmlir.cli.differential;

import java.util.List;

/**
 * A value type the program generator uses: a scalar, or a vector or tensor of scalars with a
 * static shape; a vector may be 0-d, or scalable in its one dimension.
 */
record GenType(Scalar element, String container, List<Integer> shape, boolean scalable) {

    /** An integer (fixed width or index) or float element type, with what literals need to know. */
    record Scalar(String name, boolean isFloat, int width, int exponentBits, boolean signed) {
        static Scalar integer(String name, int width) {
            return new Scalar(name, false, width, 0, true);
        }

        static Scalar floating(String name, int width, int exponentBits) {
            return new Scalar(name, true, width, exponentBits, true);
        }

        /** A float format without a sign bit. */
        static Scalar unsignedFloating(String name, int width, int exponentBits) {
            return new Scalar(name, true, width, exponentBits, false);
        }

        boolean isIndex() {
            return name.equals("index");
        }

        boolean isInteger() {
            return !isFloat;
        }

        /** An integer type that is not index: what extsi, trunci, sitofp, ... take. */
        boolean isFixedWidthInteger() {
            return !isFloat && !isIndex();
        }

        int mantissaBits() {
            return width - exponentBits - (signed ? 1 : 0);
        }
    }

    static final Scalar I1 = Scalar.integer("i1", 1);
    static final Scalar I7 = Scalar.integer("i7", 7);
    static final Scalar I8 = Scalar.integer("i8", 8);
    static final Scalar I16 = Scalar.integer("i16", 16);
    static final Scalar I32 = Scalar.integer("i32", 32);
    static final Scalar I33 = Scalar.integer("i33", 33);
    static final Scalar I64 = Scalar.integer("i64", 64);
    static final Scalar I128 = Scalar.integer("i128", 128);
    static final Scalar INDEX = Scalar.integer("index", 64);

    static final Scalar F16 = Scalar.floating("f16", 16, 5);
    static final Scalar BF16 = Scalar.floating("bf16", 16, 8);
    static final Scalar F32 = Scalar.floating("f32", 32, 8);
    static final Scalar F64 = Scalar.floating("f64", 64, 11);
    static final Scalar F8E5M2 = Scalar.floating("f8E5M2", 8, 5);
    static final Scalar F8E4M3 = Scalar.floating("f8E4M3", 8, 4);
    static final Scalar F8E4M3FN = Scalar.floating("f8E4M3FN", 8, 4);
    static final Scalar F8E5M2FNUZ = Scalar.floating("f8E5M2FNUZ", 8, 5);
    static final Scalar F8E4M3FNUZ = Scalar.floating("f8E4M3FNUZ", 8, 4);
    static final Scalar F8E3M4 = Scalar.floating("f8E3M4", 8, 3);
    static final Scalar F8E4M3B11FNUZ = Scalar.floating("f8E4M3B11FNUZ", 8, 4);
    static final Scalar F8E8M0FNU = Scalar.unsignedFloating("f8E8M0FNU", 8, 8);
    static final Scalar F6E2M3FN = Scalar.floating("f6E2M3FN", 6, 2);
    static final Scalar F6E3M2FN = Scalar.floating("f6E3M2FN", 6, 3);
    static final Scalar F4E2M1FN = Scalar.floating("f4E2M1FN", 4, 2);
    static final Scalar TF32 = Scalar.floating("tf32", 19, 8);
    /** x87 extended precision: the 64-bit significand includes its integer bit. */
    static final Scalar F80 = Scalar.floating("f80", 80, 15);
    static final Scalar F128 = Scalar.floating("f128", 128, 15);

    static final List<Scalar> INTEGERS = List.of(I1, I7, I8, I16, I32, I33, I64, I128, INDEX);
    static final List<Scalar> FLOATS = List.of(F16, BF16, F32, F64, F8E5M2, F8E4M3, F8E4M3FN, F8E5M2FNUZ,
            F8E4M3FNUZ, F8E3M4, F8E4M3B11FNUZ, F8E8M0FNU, F6E2M3FN, F6E3M2FN, F4E2M1FN, TF32, F80, F128);
    /** How often each scalar is picked, in the order of INTEGERS and FLOATS. */
    static final int[] INTEGER_WEIGHTS = {2, 1, 2, 2, 4, 1, 3, 1, 3};
    static final int[] FLOAT_WEIGHTS = {4, 4, 8, 6, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1};
    /** The element types vectors and tensors are made of. */
    static final List<Scalar> SHAPED_ELEMENTS = List.of(I1, I8, I16, I32, I64, INDEX, F16, BF16, F32, F64);

    static GenType scalar(Scalar s) {
        return new GenType(s, null, List.of(), false);
    }

    boolean isShaped() {
        return container != null;
    }

    GenType withElement(Scalar s) {
        return new GenType(s, container, shape, scalable);
    }

    /** The number of elements: 1 for a scalar. */
    int elementCount() {
        int n = 1;
        for (int d : shape) n *= d;
        return n;
    }

    /** The type as MLIR spells it: {@code i32}, {@code vector<4xf32>}, {@code tensor<2x3xi8>}. */
    String text() {
        if (!isShaped()) return element.name();
        StringBuilder sb = new StringBuilder(container).append('<');
        for (int d : shape) sb.append(scalable ? "[" + d + "]" : String.valueOf(d)).append('x');
        return sb.append(element.name()).append('>').toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
