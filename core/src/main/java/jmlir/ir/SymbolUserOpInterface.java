package jmlir.ir;

/**
 * Implemented by the op classes of ops that reference symbols ({@code func.call}). The symbol
 * table that contains them calls {@link #verifySymbolUses} once its symbols are known to be
 * unique.
 */
public interface SymbolUserOpInterface {
    /** Checks the op's symbol references; returns the error, or null when they are valid. */
    Diagnostic verifySymbolUses(SymbolTableCollection symbolTables);
}
