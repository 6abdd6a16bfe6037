package jmlir.transform;

import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.SymbolTable;

import java.util.ArrayList;
import java.util.List;

/** The symbol references an op makes, as MLIR's {@code SymbolTable::getSymbolUses(op)} finds them. */
final class SymbolUses {
    private SymbolUses() {
    }

    /**
     * The references in {@code from}'s attributes and, unless it is a symbol table itself, in
     * the ops nested in it, without entering nested symbol tables. Null when an op that may be
     * a symbol table nobody knows is met: its uses cannot be told apart.
     */
    static List<SymbolRefAttr> of(Operation from) {
        if (SymbolTable.isPotentiallyUnknownSymbolTable(from)) return null;
        List<SymbolRefAttr> uses = new ArrayList<>();
        addReferences(from, uses);
        if (!SymbolTable.isSymbolTable(from) && !addNested(from, uses)) return null;
        return uses;
    }

    private static boolean addNested(Operation op, List<SymbolRefAttr> uses) {
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            for (Block block : region.blocks()) {
                for (Operation nested : block) {
                    if (SymbolTable.isPotentiallyUnknownSymbolTable(nested)) return false;
                    addReferences(nested, uses);
                    if (!SymbolTable.isSymbolTable(nested) && !addNested(nested, uses)) return false;
                }
            }
        }
        return true;
    }

    /** The references anywhere in the op's attributes (inherent and discardable, in name order). */
    private static void addReferences(Operation op, List<SymbolRefAttr> uses) {
        for (NamedAttribute a : op.allAttributes()) addReferences(a.value(), uses);
    }

    private static void addReferences(Attribute attr, List<SymbolRefAttr> uses) {
        switch (attr) {
            case SymbolRefAttr ref -> uses.add(ref);
            case ArrayAttr array -> {
                for (Attribute element : array.elements()) addReferences(element, uses);
            }
            case DictionaryAttr dict -> {
                for (NamedAttribute entry : dict.entries()) addReferences(entry.value(), uses);
            }
            default -> {
            }
        }
    }
}
