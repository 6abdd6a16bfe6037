package jmlir.ir;

import java.util.List;

/**
 * Questions about ops that can be called, answered from their definition's
 * {@link OpDef.CallableSpec} (MLIR's CallableOpInterface): the region that runs when they are
 * called and the types of their arguments and results.
 */
public final class CallableOpInterface {
    private CallableOpInterface() {
    }

    /** Whether the op is callable (its registered definition has a callable spec). */
    public static boolean isCallable(Operation op) {
        return spec(op) != null;
    }

    /** The region run by a call, or null when the op is not callable or (being external) has no body. */
    public static Region callableRegion(Operation op) {
        OpDef.CallableSpec spec = spec(op);
        if (spec == null) return null;
        List<OpDef.RegionSpec> regions = op.name().definition().regions();
        for (int i = 0; i < regions.size() && i < op.numRegions(); i++) {
            if (regions.get(i).name().equals(spec.region())) {
                Region region = op.region(i);
                return region.isEmpty() ? null : region;
            }
        }
        return null;
    }

    /** The types of the callable's arguments; empty when unknown. */
    public static List<Type> argumentTypes(Operation op) {
        FunctionType type = functionType(op);
        return type == null ? List.of() : type.inputs();
    }

    /** The types of the callable's results; empty when unknown. */
    public static List<Type> resultTypes(Operation op) {
        FunctionType type = functionType(op);
        return type == null ? List.of() : type.results();
    }

    private static FunctionType functionType(Operation op) {
        OpDef.CallableSpec spec = spec(op);
        if (spec == null) return null;
        return op.property(spec.functionType()) instanceof TypeAttr t && t.type() instanceof FunctionType f ? f : null;
    }

    private static OpDef.CallableSpec spec(Operation op) {
        OpDef def = op.name().definition();
        return def == null ? null : def.callable();
    }
}
