package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.FoldResult;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Operation;
import jmlir.ir.ShapedType;
import jmlir.ir.Type;
import jmlir.numeric.APInt;

import java.math.BigInteger;

/** arith.bitcast's fold hook: a constant's bits read as the result type. */
final class BitcastFolder {
    private BitcastFolder() {
    }

    static FoldResult fold(Operation op, Attribute[] c) {
        FoldResult constant = foldConstant(op, c[0]);
        if (constant != null) return constant;
        // A cast to the operand's own type is the operand (MLIR's CastOpInterface trait fold).
        return op.operand(0).type().equals(op.result(0).type()) ? op.operand(0) : null;
    }

    private static FoldResult foldConstant(Operation op, Attribute in) {
        Type resultType = op.result(0).type();
        if (in == null) return null;
        if (in instanceof DenseIntOrFloatElementsAttr d) {
            if (!(resultType instanceof ShapedType st) || !st.hasStaticShape()) return null;
            return DenseIntOrFloatElementsAttr.fromRawData(st, d.rawData());
        }
        if (resultType instanceof ShapedType) return null;
        BigInteger bits;
        if (in instanceof FloatAttr f) bits = f.value().bitsAsBigInteger();
        else if (in instanceof IntegerAttr i) bits = IntConstants.toAPInt(i).unsigned();
        else return null;
        if (resultType instanceof FloatType ft) {
            long lo = bits.longValue();
            long hi = bits.shiftRight(64).longValue();
            return new FloatAttr(resultType, FloatValue.fromBits(ft.kind(), lo, hi));
        }
        return IntConstants.toAttr(resultType, APInt.of(IntConstants.width(resultType), bits));
    }
}
