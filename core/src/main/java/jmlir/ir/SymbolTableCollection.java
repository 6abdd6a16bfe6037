package jmlir.ir;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Symbol tables built once and reused, for many lookups in the same tables (verifying every
 * call of a module). Valid while the symbols do not change.
 */
public final class SymbolTableCollection {
    private final Map<Operation, SymbolTable> tables = new IdentityHashMap<>();

    /** The (cached) table of the symbols directly inside {@code symbolTableOp}. */
    public SymbolTable symbolTable(Operation symbolTableOp) {
        return tables.computeIfAbsent(symbolTableOp, SymbolTable::new);
    }

    /** The op {@code ref} names from inside {@code symbolTableOp}, following nested references. */
    public Operation lookupSymbolIn(Operation symbolTableOp, SymbolRefAttr ref) {
        return SymbolTable.resolve(symbolTableOp, ref, (table, name) -> symbolTable(table).lookup(name));
    }

    /** The op {@code ref} names as seen from {@code from}: looked up in its nearest symbol table. */
    public Operation lookupNearestSymbolFrom(Operation from, SymbolRefAttr ref) {
        Operation table = SymbolTable.nearestSymbolTable(from);
        return table == null ? null : lookupSymbolIn(table, ref);
    }
}
