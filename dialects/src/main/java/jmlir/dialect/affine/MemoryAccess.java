package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.ir.VectorType;

import java.util.List;

/** What affine.load, affine.store and their vector forms share: a memref subscripted through an affine map. */
final class MemoryAccess {
    static final String MAP = "map";

    static final TypeConstraint ANY_MEMREF = TypeConstraint.of("memref of any type values",
            t -> t instanceof MemRefType);
    static final TypeConstraint NON_ZERO_RANK_VECTOR = TypeConstraint.of("vector of any type values",
            t -> t instanceof VectorType v && v.shape().length > 0);

    private MemoryAccess() {
    }

    /** The definition of a read op up to its verifier and factory: memref, subscripts, result. */
    static OpDef.Builder read(String name, TypeConstraint result, boolean vector) {
        return OpDef.builder(name)
                .operand("memref", ANY_MEMREF)
                .variadicOperand("indices", TypeConstraint.INDEX)
                .result("result", result)
                .property(MAP, AttrConstraint.AFFINE_MAP)
                .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.READ, op.operand(0))))
                .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(name, 1)))
                .assembly(new MemoryAccessSyntax(false, vector));
    }

    /** The definition of a write op up to its verifier and factory: value, memref, subscripts. */
    static OpDef.Builder write(String name, TypeConstraint value, boolean vector) {
        return OpDef.builder(name)
                .operand("value", value)
                .operand("memref", ANY_MEMREF)
                .variadicOperand("indices", TypeConstraint.INDEX)
                .property(MAP, AttrConstraint.AFFINE_MAP)
                .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(1))))
                .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(name, 2)))
                .assembly(new MemoryAccessSyntax(true, vector));
    }

    static AffineMap map(Operation op) {
        return ((AffineMapAttr) op.property(MAP)).map();
    }

    /** The subscripts: the operands after the first {@code firstIndex}. */
    static List<Value> indices(Operation op, int firstIndex) {
        return AffineOpSyntax.operands(op, firstIndex, op.numOperands() - firstIndex);
    }

    /** The element types of a memref and of the vector read from or written to it must be the same. */
    static String verifyVectorElementType(MemRefType memref, VectorType vector) {
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
