package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.MemRefType;
import jmlir.ir.Operation;
import jmlir.ir.Value;

import java.util.List;

/** What {@code affine.load} and {@code affine.store} share: a memref subscripted through an affine map. */
final class MemoryAccess {
    static final String MAP = "map";

    private MemoryAccess() {
    }

    static AffineMap map(Operation op) {
        return ((AffineMapAttr) op.property(MAP)).map();
    }

    /** The subscripts: the operands after the first {@code firstIndex}. */
    static List<Value> indices(Operation op, int firstIndex) {
        return AffineOpSyntax.operands(op, firstIndex, op.numOperands() - firstIndex);
    }

    /** The element types of a memref and of the vector read from or written to it must be the same. */
    static String verifyVectorElementType(MemRefType memref, jmlir.ir.VectorType vector) {
        if (!memref.elementType().equals(vector.elementType())) {
            return "requires memref and vector types of the same elemental type";
        }
        return null;
    }

    /** MLIR's checks of the map against the memref and the subscripts; returns the message or null. */
    static String verifyIndexing(Operation op, MemRefType memref, int firstIndex) {
        AffineMap map = map(op);
        if (map.numResults() != memref.shape().length) return "affine map num results must equal memref rank";
        List<Value> indices = indices(op, firstIndex);
        if (map.numInputs() != indices.size()) return "expects as many subscripts as affine map inputs";
        return AffineScopes.verifyDimsAndSymbols(op, indices, map.numDims());
    }
}
