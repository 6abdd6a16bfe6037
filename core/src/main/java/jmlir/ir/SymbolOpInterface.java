package jmlir.ir;

/**
 * Implemented by the op classes of symbols (ops with {@link Trait#SYMBOL}) whose rules depend
 * on the op: whether it only declares the symbol (a declaration may not be public), and whether
 * the symbol name may be left out.
 */
public interface SymbolOpInterface {
    /** Whether this op declares the symbol without defining it (a function without a body). */
    default boolean isDeclaration() {
        return false;
    }

    /** Whether the op may have no {@code sym_name} (then it is not a symbol at all). */
    default boolean isOptionalSymbol() {
        return false;
    }
}
