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

    /** MLIR's checks of the map against the memref and the subscripts; returns the message or null. */
    static String verifyIndexing(Operation op, MemRefType memref, int firstIndex) {
        AffineMap map = map(op);
        if (map.numResults() != memref.shape().length) return "affine map num results must equal memref rank";
        List<Value> indices = indices(op, firstIndex);
        if (map.numInputs() != indices.size()) return "expects as many subscripts as affine map inputs";
        return AffineScopes.verifyDimsAndSymbols(op, indices, map.numDims());
    }
}
