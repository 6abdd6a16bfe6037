package jmlir.ir;

import java.util.List;

/**
 * Implemented by the op classes of function-like ops ({@code func.func}): a symbol with a
 * function type ({@code function_type}), per-argument and per-result attribute dictionaries
 * ({@code arg_attrs}, {@code res_attrs}, absent when all are empty) and a body region that is
 * empty for an external function (a declaration).
 */
public interface FunctionOpInterface extends SymbolOpInterface {
    String FUNCTION_TYPE = "function_type";
    String ARG_ATTRS = "arg_attrs";
    String RES_ATTRS = "res_attrs";

    private Operation self() {
        return (Operation) this;
    }

    /** The function's type, or null when {@code function_type} is missing or not a function type. */
    default FunctionType functionType() {
        return self().property(FUNCTION_TYPE) instanceof TypeAttr t && t.type() instanceof FunctionType f ? f : null;
    }

    default List<Type> argumentTypes() {
        FunctionType t = functionType();
        return t == null ? List.of() : t.inputs();
    }

    default List<Type> resultTypes() {
        FunctionType t = functionType();
        return t == null ? List.of() : t.results();
    }

    /** The attributes of argument {@code i} (empty when it has none). */
    default DictionaryAttr argAttrs(int i) {
        return entry(self().property(ARG_ATTRS), i);
    }

    /** The attributes of result {@code i} (empty when it has none). */
    default DictionaryAttr resAttrs(int i) {
        return entry(self().property(RES_ATTRS), i);
    }

    private static DictionaryAttr entry(Attribute array, int i) {
        if (array instanceof ArrayAttr a && i < a.elements().size() && a.elements().get(i) instanceof DictionaryAttr d) {
            return d;
        }
        return DictionaryAttr.EMPTY;
    }

    /** The body; it has no blocks when the function is external. */
    default Region body() {
        return self().region(0);
    }

    /** Whether the function has no body. */
    default boolean isExternal() {
        return body().isEmpty();
    }

    @Override
    default boolean isDeclaration() {
        return isExternal();
    }

    /**
     * The checks of function-like ops, after their attribute constraints: as many argument and
     * result attribute dictionaries as arguments and results, only dialect attributes (names
     * with a dot) in them, and an entry block whose arguments match the function type. Returns
     * the message (without the op prefix), or null.
     */
    static String verify(Operation op) {
        FunctionOpInterface f = (FunctionOpInterface) op;
        FunctionType type = f.functionType();
        if (type == null) return "requires '" + FUNCTION_TYPE + "' attribute of function type";
        String message = verifyAttrs(op.property(ARG_ATTRS), type.inputs().size(), "argument");
        if (message == null) message = verifyAttrs(op.property(RES_ATTRS), type.results().size(), "result");
        if (message != null) return message;
        if (op.numRegions() != 1) return "expects one region";
        if (f.isExternal()) return null;
        Block entry = f.body().entryBlock();
        List<Type> inputs = type.inputs();
        if (entry.numArguments() != inputs.size()) {
            return "entry block must have " + inputs.size() + " arguments to match function signature";
        }
        for (int i = 0; i < inputs.size(); i++) {
            Type argType = entry.argument(i).type();
            if (!argType.equals(inputs.get(i))) {
                return "type of entry block argument #" + i + "('" + jmlir.syntax.TypePrinting.toString(argType)
                        + "') must match the type of the corresponding argument in function signature('"
                        + jmlir.syntax.TypePrinting.toString(inputs.get(i)) + "')";
            }
        }
        return null;
    }

    private static String verifyAttrs(Attribute attrs, int count, String what) {
        if (!(attrs instanceof ArrayAttr array)) return null;
        if (array.elements().size() != count) {
            return "expects " + what + " attribute array to have the same number of elements as the number of "
                    + "function " + what + "s, got " + array.elements().size() + ", but expected " + count;
        }
        for (Attribute element : array.elements()) {
            if (!(element instanceof DictionaryAttr dict)) continue;
            for (NamedAttribute a : dict.entries()) {
                if (a.name().indexOf('.') < 0) return what + "s may only have dialect attributes";
            }
        }
        return null;
    }
}
