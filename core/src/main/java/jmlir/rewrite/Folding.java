package jmlir.rewrite;

import jmlir.ir.Attribute;
import jmlir.ir.FoldResult;
import jmlir.ir.Folder;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;

/** Folding an op through its definition's fold hook and its traits (MLIR's Operation::fold). */
public final class Folding {
    private static final Attribute[] NO_CONSTANTS = new Attribute[0];

    private Folding() {
    }

    /** The constant value of {@code v}: the folded value of a constant-like defining op; else null. */
    public static Attribute constantValue(Value v) {
        Operation def = v.definingOp();
        return def == null ? null : constantValue(def);
    }

    /** The value a constant-like op folds to, or null when {@code op} is not one. */
    public static Attribute constantValue(Operation op) {
        if (!op.hasTrait(Trait.CONSTANT_LIKE)) return null;
        List<FoldResult> results = new ArrayList<>(1);
        if (!fold(op, NO_CONSTANTS, results) || results.isEmpty()) return null;
        return results.getFirst() instanceof Attribute a ? a : null;
    }

    /** Folds {@code op} with the constant values of its operands; see {@link Folder#fold}. */
    public static boolean fold(Operation op, List<FoldResult> results) {
        Attribute[] constants = new Attribute[op.numOperands()];
        for (int i = 0; i < constants.length; i++) constants[i] = constantValue(op.operand(i));
        return fold(op, constants, results);
    }

    /**
     * Folds {@code op}: its fold hook first; when that fails or only updates op in place, the
     * folds its traits imply.
     */
    public static boolean fold(Operation op, Attribute[] constants, List<FoldResult> results) {
        OpDef def = op.name().definition();
        if (def == null) return false;
        Folder folder = def.folder();
        boolean folded = folder != null && folder.fold(op, constants, results);
        if (folded && !results.isEmpty()) return true;
        if (op.hasTrait(Trait.COMMUTATIVE) && moveConstantsLast(op, constants)) return true;
        FoldResult byTrait = foldTraits(op);
        if (byTrait != null) {
            results.add(byTrait);
            return true;
        }
        return folded;
    }

    /**
     * Moves the constant operands of a commutative op after the others, keeping the order
     * within each group; true when that changed the op (an in-place fold).
     */
    private static boolean moveConstantsLast(Operation op, Attribute[] constants) {
        int n = op.numOperands();
        if (n < 2) return false;
        int firstConstant = 0;
        while (firstConstant < n && constants[firstConstant] == null) firstConstant++;
        boolean moves = false;
        for (int i = firstConstant + 1; i < n && !moves; i++) moves = constants[i] == null;
        if (!moves) return false;
        List<Value> reordered = new ArrayList<>(n);
        for (int i = 0; i < n; i++) if (constants[i] == null) reordered.add(op.operand(i));
        for (int i = 0; i < n; i++) if (constants[i] != null) reordered.add(op.operand(i));
        for (int i = firstConstant; i < n; i++) {
            if (op.operand(i) != reordered.get(i)) op.setOperand(i, reordered.get(i));
        }
        return true;
    }

    /** {@code f(f(x)) -> f(x)} (and {@code f(x, x) -> x}) for idempotent ops, {@code f(f(x)) -> x} for involutions. */
    private static FoldResult foldTraits(Operation op) {
        if (op.numResults() != 1 || op.numOperands() == 0) return null;
        if (op.hasTrait(Trait.IDEMPOTENT)) {
            if (op.numOperands() == 1) {
                Operation inner = op.operand(0).definingOp();
                if (inner != null && inner.name() == op.name()) return op.operand(0);
            } else if (op.operand(0) == op.operand(1)) {
                return op.operand(0);
            }
        }
        if (op.hasTrait(Trait.INVOLUTION)) {
            Operation inner = op.operand(0).definingOp();
            if (inner != null && inner.name() == op.name()) return inner.operand(0);
        }
        return null;
    }
}
