package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about call ops, answered from their definition's {@link OpDef.CallSpec} (MLIR's
 * CallOpInterface): what is called, with which arguments, and which op that is.
 */
public final class CallOpInterface {
    private CallOpInterface() {
    }

    /** What a call calls: a symbol ({@code @f}) or a value (a function computed at run time). */
    public sealed interface Callee {
    }

    public record SymbolCallee(SymbolRefAttr symbol) implements Callee {
    }

    public record ValueCallee(Value value) implements Callee {
    }

    /** Whether the op is a call (its registered definition has a call spec). */
    public static boolean isCall(Operation op) {
        return spec(op) != null;
    }

    /** What the op calls, or null when it is no call or its callee is missing. */
    public static Callee callee(Operation op) {
        OpDef.CallSpec spec = spec(op);
        if (spec == null) return null;
        OpDef def = op.name().definition();
        int operand = def.operandIndex(spec.callee());
        if (operand >= 0) {
            int[] segments = def.operandSegments(op);
            return segments[2 * operand + 1] == 1 ? new ValueCallee(op.operand(segments[2 * operand])) : null;
        }
        return op.property(spec.callee()) instanceof SymbolRefAttr ref ? new SymbolCallee(ref) : null;
    }

    /** The arguments passed to the callee. */
    public static List<Value> argOperands(Operation op) {
        OpDef.CallSpec spec = spec(op);
        if (spec == null) return List.of();
        OpDef def = op.name().definition();
        int index = def.operandIndex(spec.arguments());
        if (index < 0) return List.of();
        int[] segments = def.operandSegments(op);
        List<Value> values = new ArrayList<>(segments[2 * index + 1]);
        for (int i = 0; i < segments[2 * index + 1]; i++) values.add(op.operand(segments[2 * index] + i));
        return values;
    }

    /**
     * The op called: for a symbol, the symbol it names, looked up from the call through the
     * nearest symbol table; for a value, the op defining it. Null when there is none.
     */
    public static Operation resolveCallable(Operation op, SymbolTableCollection symbolTables) {
        return switch (callee(op)) {
            case SymbolCallee s -> symbolTables.lookupNearestSymbolFrom(op, s.symbol());
            case ValueCallee v -> v.value().definingOp();
            case null -> null;
        };
    }

    /** {@link #resolveCallable(Operation, SymbolTableCollection)} with a fresh symbol table cache. */
    public static Operation resolveCallable(Operation op) {
        return resolveCallable(op, new SymbolTableCollection());
    }

    private static OpDef.CallSpec spec(Operation op) {
        OpDef def = op.name().definition();
        return def == null ? null : def.call();
    }
}
