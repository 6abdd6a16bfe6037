package jmlir.dialect.affine;

import jmlir.ir.BlockArgument;
import jmlir.ir.IndexType;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Trait;
import jmlir.ir.Value;

import java.util.List;

/**
 * Which values may stand for the dimensions and symbols of affine maps, as MLIR's
 * isValidDim and isValidSymbol decide: symbols are index values fixed for the enclosing affine
 * scope (an op with {@link Trait#AFFINE_SCOPE}, such as a function); dimensions may also vary
 * with the loops inside it.
 */
public final class AffineScopes {
    private AffineScopes() {
    }

    /** The region, held by an affine-scope op, that encloses {@code op}; null when there is none. */
    public static Region affineScope(Operation op) {
        Operation current = op;
        Operation parent;
        while ((parent = current.parentOp()) != null) {
            if (parent.hasTrait(Trait.AFFINE_SCOPE)) return current.parentRegion();
            current = parent;
        }
        return null;
    }

    /** Whether {@code value} is defined directly in {@code region} (or is an argument of its blocks). */
    private static boolean isTopLevelValue(Value value, Region region) {
        if (value instanceof BlockArgument arg) return arg.owner().parent() == region;
        return value.definingOp().parentRegion() == region;
    }

    /** Whether {@code value} is defined directly in a region of an affine-scope op. */
    private static boolean isTopLevelValue(Value value) {
        Operation parent = value instanceof BlockArgument arg ? arg.owner().parentOp()
                : value.definingOp().parentOp();
        return parent != null && parent.hasTrait(Trait.AFFINE_SCOPE);
    }

    /**
     * Whether {@code value} may be a symbol wherever it is used (MLIR's one-argument
     * isValidSymbol): it is defined at the top level of an affine scope, or is a symbol in the
     * scope of its definition.
     */
    public static boolean isValidSymbol(Value value) {
        if (!(value.type() instanceof IndexType)) return false;
        if (isTopLevelValue(value)) return true;
        Operation def = value.definingOp();
        return def != null && isValidSymbol(value, affineScope(def));
    }

    /** Whether {@code value} may be a dimension wherever it is used (MLIR's one-argument isValidDim). */
    public static boolean isValidDim(Value value) {
        if (!(value.type() instanceof IndexType)) return false;
        Operation def = value.definingOp();
        if (def != null) return isValidDim(value, affineScope(def));
        Operation owner = ((BlockArgument) value).owner().parentOp();
        return owner != null && (owner.hasTrait(Trait.AFFINE_SCOPE) || owner instanceof ForOp
                || owner instanceof ParallelOp);
    }

    /** Whether {@code value} may be a dimension of a map used in {@code region}. */
    public static boolean isValidDim(Value value, Region region) {
        if (!(value.type() instanceof IndexType)) return false;
        if (isValidSymbol(value, region)) return true;
        Operation def = value.definingOp();
        if (def == null) {
            Operation owner = ((BlockArgument) value).owner().parentOp();
            return owner instanceof ForOp || owner instanceof ParallelOp;
        }
        if (def instanceof ApplyOp) {
            for (int i = 0; i < def.numOperands(); i++) if (!isValidDim(def.operand(i), region)) return false;
            return true;
        }
        if (isDimOp(def)) return isTopLevelValue(def.operand(0));
        return false;
    }

    /** Whether {@code value} may be a symbol of a map used in {@code region} (null: in no known scope). */
    public static boolean isValidSymbol(Value value, Region region) {
        if (!(value.type() instanceof IndexType)) return false;
        if (region != null && isTopLevelValue(value, region)) return true;
        Operation def = value.definingOp();
        if (def != null) {
            if (def.hasTrait(Trait.CONSTANT_LIKE)) return true;
            if (def instanceof ApplyOp) {
                for (int i = 0; i < def.numOperands(); i++) {
                    if (!isValidSymbol(def.operand(i), region)) return false;
                }
                return true;
            }
            if (isDimOp(def)) return isTopLevelValue(def.operand(0));
        }
        // A value that dominates the region's parent op is a symbol there too, unless the parent
        // is isolated from above.
        Operation regionOp = region == null ? null : region.parentOp();
        if (regionOp != null && !regionOp.hasTrait(Trait.ISOLATED_FROM_ABOVE) && regionOp.parentRegion() != null) {
            return isValidSymbol(value, regionOp.parentRegion());
        }
        return false;
    }

    /**
     * Checks that the first {@code numDims} of {@code operands} are valid dimensions and the rest
     * valid symbols; returns mlir-opt's message for the first that is not, or null.
     */
    static String verifyDimsAndSymbols(Operation op, List<Value> operands, int numDims) {
        Region scope = affineScope(op);
        for (int i = 0; i < operands.size(); i++) {
            Value v = operands.get(i);
            if (i < numDims) {
                if (!isValidDim(v, scope)) return "operand cannot be used as a dimension id";
            } else if (!isValidSymbol(v, scope)) {
                return "operand cannot be used as a symbol";
            }
        }
        return null;
    }

    /** {@code memref.dim} and {@code tensor.dim} (MLIR's ShapedDimOpInterface), known by name. */
    private static boolean isDimOp(Operation op) {
        String name = op.name().name();
        return (name.equals("memref.dim") || name.equals("tensor.dim")) && op.numOperands() > 0;
    }
}
