package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseElementsAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.ElementsAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.ir.UnrankedTensorType;
import jmlir.ir.VectorType;
import jmlir.syntax.TypePrinting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/** The checks of arith ops beyond their operand, result and attribute constraints. */
final class ArithVerifiers {
    private ArithVerifiers() {
    }

    private static String quoted(Type t) {
        return "'" + TypePrinting.toString(t) + "'";
    }

    private static List<Type> allTypes(Operation op) {
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < op.numOperands(); i++) types.add(op.operand(i).type());
        for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
        return types;
    }

    /** ODS's SameOperandsAndResultShape. Scalars (the usual case) have no shape to compare, nor a list to make. */
    static final OpDef.Verifier SAME_SHAPE = op -> !anyShaped(op) || ShapedType.compatibleShapes(allTypes(op)) ? null
            : "requires the same shape for all operands and results";

    private static boolean anyShaped(Operation op) {
        for (int i = 0; i < op.numOperands(); i++) if (op.operand(i).type() instanceof ShapedType) return true;
        for (int i = 0; i < op.numResults(); i++) if (op.result(i).type() instanceof ShapedType) return true;
        return false;
    }

    /** ODS's ElementwiseMappable: vectors and tensors map scalar semantics elementwise. */
    static final OpDef.Verifier ELEMENTWISE = op -> {
        if (!anyMappable(op)) return null; // scalars only, the usual case: no lists made
        List<Type> operands = new ArrayList<>();
        List<Type> results = new ArrayList<>();
        for (int i = 0; i < op.numOperands(); i++) if (mappable(op.operand(i).type())) operands.add(op.operand(i).type());
        for (int i = 0; i < op.numResults(); i++) if (mappable(op.result(i).type())) results.add(op.result(i).type());
        if (operands.isEmpty() && results.isEmpty()) return null;
        if (operands.isEmpty()) return "if a result is non-scalar, then at least one operand must be non-scalar";
        if (results.isEmpty()) return "if an operand is non-scalar, then there must be at least one non-scalar result";
        if (results.size() != op.numResults()) return "if an operand is non-scalar, then all results must be non-scalar";
        List<Type> all = new ArrayList<>(operands);
        all.addAll(results);
        Class<?> base = all.get(0).getClass();
        for (Type t : all) {
            if (t.getClass() != base) return "all non-scalar operands/results must have the same shape and base type";
        }
        return ShapedType.compatibleShapes(all) ? null : "all non-scalar operands/results must have the same shape and base type";
    };

    private static boolean anyMappable(Operation op) {
        for (int i = 0; i < op.numOperands(); i++) if (mappable(op.operand(i).type())) return true;
        for (int i = 0; i < op.numResults(); i++) if (mappable(op.result(i).type())) return true;
        return false;
    }

    private static boolean mappable(Type t) {
        return t instanceof VectorType || ArithTypes.isTensor(t);
    }

    /**
     * Casts keep the dimensions of tensors (ODS's SameInputOutputTensorDims on the input and the
     * output): when either is a tensor, both have the same static shape, a non-tensor counting as
     * rank 0. An unranked tensor has no dimensions to compare and never passes: mlir-opt reads
     * its shape out of bounds, which in practice fails the check (and crashes for a cast from an
     * unranked tensor type to itself).
     */
    static final OpDef.Verifier SAME_TENSOR_DIMS = op -> {
        Type in = op.operand(0).type();
        Type out = op.result(0).type();
        if (!ArithTypes.isTensor(in) && !ArithTypes.isTensor(out)) return null;
        if (in instanceof UnrankedTensorType || out instanceof UnrankedTensorType
                || !Arrays.equals(tensorDims(in), tensorDims(out))) {
            return "failed to verify that input and output have the same tensor dimensions";
        }
        return null;
    };

    private static long[] tensorDims(Type t) {
        return t instanceof RankedTensorType r ? r.shape() : new long[0];
    }

    /**
     * The CastOpInterface check on the (first) operand and the result: shapes that agree, the same
     * encoding when both are ranked tensors, and {@code compatible(input element type, result
     * element type)}.
     */
    static OpDef.Verifier castCompatible(BiPredicate<Type, Type> compatible) {
        return op -> {
            Type inType = op.operand(0).type();
            Type outType = op.result(0).type();
            Type in = ArithTypes.elementTypeOrSelf(inType);
            Type out = ArithTypes.elementTypeOrSelf(outType);
            if (castShapesAgree(inType, outType) && sameEncoding(inType, outType) && compatible.test(in, out)) {
                return null;
            }
            StringBuilder m = new StringBuilder(op.numOperands() == 1 ? "operand type " : "operand types ");
            for (int i = 0; i < op.numOperands(); i++) {
                if (i > 0) m.append(", ");
                m.append(quoted(op.operand(i).type()));
            }
            m.append(" and result type ").append(quoted(op.result(0).type())).append(" are cast incompatible");
            return m.toString();
        };
    }

    /** MLIR's verifyCompatibleShape for two types: both shaped or neither, and ranked dims that agree. */
    private static boolean castShapesAgree(Type a, Type b) {
        if (!(a instanceof ShapedType sa)) return !(b instanceof ShapedType);
        if (!(b instanceof ShapedType sb)) return false;
        if (!sa.hasRank() || !sb.hasRank()) return true;
        long[] x = sa.shape();
        long[] y = sb.shape();
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != ShapedType.DYNAMIC && y[i] != ShapedType.DYNAMIC && x[i] != y[i]) return false;
        }
        return true;
    }

    private static boolean sameEncoding(Type a, Type b) {
        if (!(a instanceof RankedTensorType ra) || !(b instanceof RankedTensorType rb)) return true;
        return Objects.equals(ra.encoding(), rb.encoding());
    }

    static int intWidth(Type t) {
        return t instanceof IntegerType it ? it.width() : -1;
    }

    static int floatWidth(Type t) {
        return t instanceof FloatType ft ? ft.kind().width() : -1;
    }

    static final BiPredicate<Type, Type> INT_WIDER = (in, out) ->
            in instanceof IntegerType && out instanceof IntegerType && intWidth(in) < intWidth(out);
    static final BiPredicate<Type, Type> INT_NARROWER = (in, out) ->
            in instanceof IntegerType && out instanceof IntegerType && intWidth(in) > intWidth(out);
    static final BiPredicate<Type, Type> FLOAT_WIDER = (in, out) ->
            in instanceof FloatType && out instanceof FloatType && floatWidth(in) < floatWidth(out);
    static final BiPredicate<Type, Type> FLOAT_NARROWER = (in, out) ->
            in instanceof FloatType && out instanceof FloatType && floatWidth(in) > floatWidth(out);
    static final BiPredicate<Type, Type> INT_TO_FLOAT = (in, out) ->
            in instanceof IntegerType && out instanceof FloatType;
    static final BiPredicate<Type, Type> FLOAT_TO_INT = (in, out) ->
            in instanceof FloatType && out instanceof IntegerType;
    static final BiPredicate<Type, Type> INDEX_CAST = (in, out) ->
            in instanceof IndexType && ArithTypes.isSignlessInteger(out)
                    || ArithTypes.isSignlessInteger(in) && out instanceof IndexType;
    static final BiPredicate<Type, Type> SAME_WIDTH = (in, out) -> {
        int a = in instanceof IntegerType ? intWidth(in) : floatWidth(in);
        int b = out instanceof IntegerType ? intWidth(out) : floatWidth(out);
        return a > 0 && a == b;
    };

    /** arith.select: an i1 condition, or one with the shape of the result. */
    static final OpDef.Verifier SELECT = op -> {
        Type condition = op.operand(0).type();
        if (condition.equals(IntegerType.I1)) return null;
        Type result = op.result(0).type();
        if ((result instanceof VectorType || ArithTypes.isTensor(result))
                && condition.equals(ArithTypes.i1SameShape(result))) {
            return null;
        }
        return "failed to verify that condition is signless i1 or has matching shape";
    };

    /** arith.constant: signless integers, integer, float or elements values, splats for scalable vectors. */
    static final OpDef.Verifier CONSTANT = op -> {
        Type type = op.result(0).type();
        if (type instanceof IntegerType it && !it.isSignless()) return "integer return type must be signless";
        Attribute value = op.properties() instanceof DictionaryAttr d ? d.get("value") : null;
        if (!(value instanceof IntegerAttr || value instanceof FloatAttr || value instanceof ElementsAttr)) {
            return "value must be an integer, float, or elements attribute";
        }
        if (type instanceof VectorType v && v.isScalable() && !(value instanceof DenseElementsAttr e && e.isSplat())) {
            return "intializing scalable vectors with elements attribute is not supported unless it's a vector splat";
        }
        return null;
    };
}
