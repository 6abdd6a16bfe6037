package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Value;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.RewritePattern;

import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's SimplifyAffineOp canonicalization of ops that apply one affine map to trailing
 * operands (affine.apply, loads, stores, prefetches): the affine.apply ops feeding the map are
 * composed into it and the map and its operands brought to canonical form (see
 * {@link MapCanonicalizer}) and simplified with the operands' known bounds
 * ({@link OperandBounds}); when that changes anything, the op is replaced by a new one with
 * the same leading operands, its other properties, and none of its discardable attributes.
 * Maps with non-linear results are left alone.
 */
final class SimplifyAffineOp {
    private SimplifyAffineOp() {
    }

    /** The pattern for ops of {@code opName} whose map operands start at {@code firstMapOperand}. */
    static RewritePattern pattern(String opName, int firstMapOperand) {
        return RewritePattern.of("SimplifyAffineOp", opName, 1,
                (op, rewriter) -> simplify(op, rewriter, firstMapOperand));
    }

    private static boolean simplify(Operation op, PatternRewriter rewriter, int firstMapOperand) {
        AffineMap oldMap = ((AffineMapAttr) op.property(MemoryAccess.MAP)).map();
        List<Value> oldOperands = AffineOpSyntax.operands(op, firstMapOperand, op.numOperands() - firstMapOperand);
        MapCanonicalizer c = new MapCanonicalizer(oldMap, oldOperands);
        if (!c.compose()) return false;
        c.canonicalize();
        AffineMap simplified = OperandBounds.simplify(c.map, c.operands);
        if (simplified.equals(oldMap) && c.operands.equals(oldOperands)) return false;

        OperationState state = new OperationState(op.name(), op.location());
        for (int i = 0; i < firstMapOperand; i++) state.operands.add(op.operand(i));
        state.operands.addAll(c.operands);
        for (int i = 0; i < op.numResults(); i++) state.resultTypes.add(op.result(i).type());
        List<NamedAttribute> properties = new ArrayList<>();
        for (NamedAttribute p : ((DictionaryAttr) op.properties()).entries()) {
            Attribute value = p.name().equals(MemoryAccess.MAP)
                    ? rewriter.context().intern(new AffineMapAttr(simplified)) : p.value();
            properties.add(new NamedAttribute(p.name(), value));
        }
        state.properties = DictionaryAttr.sorted(properties);
        rewriter.setInsertionPoint(op);
        rewriter.replaceOp(op, rewriter.create(state));
        return true;
    }
}
