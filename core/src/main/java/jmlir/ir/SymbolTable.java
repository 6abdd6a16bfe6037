package jmlir.ir;

import jmlir.syntax.UpstreamDialects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols defined directly in a symbol table op (an op with {@link Trait#SYMBOL_TABLE}, such as
 * {@code builtin.module}), by name, and the rules of symbols and symbol tables.
 *
 * <p>Any op with a string {@code sym_name} (property or attribute) defines a symbol in the symbol
 * table that directly contains it, registered or not. A name is looked up in the nearest symbol
 * table enclosing the use; {@code @a::@b} looks {@code b} up in the symbol table {@code @a}.
 * An unregistered op of an unknown dialect with exactly one region might be a symbol table
 * nobody knows about, so a lookup that reaches one gives up, as MLIR does. Ops of the dialects
 * mlir-opt 22 registers are taken for what they are there, even before jmlir defines them.
 */
public final class SymbolTable {
    public static final String SYMBOL_NAME = "sym_name";
    public static final String VISIBILITY = "sym_visibility";

    private final Operation op;
    private final Map<String, Operation> symbols = new HashMap<>();

    /** Indexes the symbols of {@code op}'s first region; the first definition of a name wins. */
    public SymbolTable(Operation op) {
        this.op = op;
        if (op.numRegions() == 0) return;
        for (Block block : op.region(0).blocks()) {
            for (Operation nested : block) {
                String name = nameOf(nested);
                if (name != null) symbols.putIfAbsent(name, nested);
            }
        }
    }

    public Operation op() {
        return op;
    }

    /** The op defining {@code name} in this table, or null. */
    public Operation lookup(String name) {
        return symbols.get(name);
    }

    // ---------------------------------------------------------------- queries on ops

    /** The symbol name an op defines ({@code sym_name} as a string), or null. */
    public static String nameOf(Operation op) {
        return op.inherentOrDiscardable(SYMBOL_NAME) instanceof StringAttr s ? s.value() : null;
    }

    /** The visibility an op gives its symbol: "public" (also when unset), "private" or "nested". */
    public static String visibilityOf(Operation op) {
        return op.inherentOrDiscardable(VISIBILITY) instanceof StringAttr s ? s.value() : "public";
    }

    /**
     * Whether {@code op} may be a symbol table of a dialect nobody knows: an unregistered op with
     * one region, of a dialect that neither jmlir nor mlir-opt 22 registers.
     */
    public static boolean isPotentiallyUnknownSymbolTable(Operation op) {
        return op.numRegions() == 1 && !op.name().inRegisteredDialect()
                && !UpstreamDialects.contains(op.name().dialectNamespace());
    }

    /**
     * Whether {@code op} defines a symbol: it has {@link Trait#SYMBOL} and a name (a symbol
     * whose name is optional, such as a module, is none without one). MLIR's
     * {@code isa<SymbolOpInterface>}.
     */
    public static boolean isSymbol(Operation op) {
        if (!op.hasTrait(Trait.SYMBOL)) return false;
        if (op instanceof SymbolOpInterface s && s.isOptionalSymbol()) return nameOf(op) != null;
        return true;
    }

    /**
     * Whether {@code op} is a symbol table: it has {@link Trait#SYMBOL_TABLE}, or it is an op that
     * mlir-opt 22 defines as one while jmlir does not define it yet.
     */
    public static boolean isSymbolTable(Operation op) {
        return op.isRegistered() ? op.hasTrait(Trait.SYMBOL_TABLE) : UpstreamDialects.isSymbolTable(op.name().name());
    }

    /** The closest symbol table op that contains {@code from} (or is it), or null. */
    public static Operation nearestSymbolTable(Operation from) {
        Operation op = from;
        while (true) {
            if (isPotentiallyUnknownSymbolTable(op)) return null;
            if (isSymbolTable(op)) return op;
            op = op.parentOp();
            if (op == null) return null;
        }
    }

    /** The op {@code name} names directly inside {@code symbolTableOp}, by a scan of its body. */
    public static Operation lookupSymbolIn(Operation symbolTableOp, String name) {
        if (symbolTableOp.numRegions() == 0) return null;
        for (Block block : symbolTableOp.region(0).blocks()) {
            for (Operation nested : block) {
                if (name.equals(nameOf(nested))) return nested;
            }
        }
        return null;
    }

    /** The op {@code ref} names from inside {@code symbolTableOp}, following nested references. */
    public static Operation lookupSymbolIn(Operation symbolTableOp, SymbolRefAttr ref) {
        return resolve(symbolTableOp, ref, SymbolTable::lookupSymbolIn);
    }

    /** The op {@code ref} names as seen from {@code from}: looked up in its nearest symbol table. */
    public static Operation lookupNearestSymbolFrom(Operation from, SymbolRefAttr ref) {
        Operation table = nearestSymbolTable(from);
        return table == null ? null : lookupSymbolIn(table, ref);
    }

    interface Lookup {
        Operation lookup(Operation symbolTableOp, String name);
    }

    /** Looks up a reference's root, then each nested name in the symbol table the previous one names. */
    static Operation resolve(Operation symbolTableOp, SymbolRefAttr ref, Lookup lookup) {
        Operation op = lookup.lookup(symbolTableOp, ref.root());
        List<String> nested = ref.nested();
        for (int i = 0; op != null && i < nested.size(); i++) {
            if (!isSymbolTable(op)) return null;
            op = lookup.lookup(op, nested.get(i));
        }
        return op;
    }

    // ---------------------------------------------------------------- verification

    /**
     * The checks of an op with {@link Trait#SYMBOL}: a string name, and a visibility that is
     * public, private or nested (a declaration may not be public). Returns the message (without
     * the op prefix), or null.
     */
    static String verifySymbol(Operation op) {
        SymbolOpInterface symbol = op instanceof SymbolOpInterface s ? s : null;
        if (symbol != null && symbol.isOptionalSymbol() && op.inherentOrDiscardable(SYMBOL_NAME) == null) return null;
        if (nameOf(op) == null) return "requires string attribute '" + SYMBOL_NAME + "'";
        Attribute visibility = op.inherentOrDiscardable(VISIBILITY);
        if (visibility != null) {
            if (!(visibility instanceof StringAttr s)) {
                return "requires visibility attribute '" + VISIBILITY + "' to be a string attribute, but got "
                        + jmlir.syntax.AttributePrinting.toString(visibility);
            }
            String v = s.value();
            if (!v.equals("public") && !v.equals("private") && !v.equals("nested")) {
                return "visibility expected to be one of [\"public\", \"private\", \"nested\"], but got "
                        + jmlir.syntax.AttributePrinting.toString(visibility);
            }
        }
        if (symbol != null && symbol.isDeclaration() && visibilityOf(op).equals("public")) {
            return "symbol declaration cannot have public visibility";
        }
        return null;
    }

    /**
     * The checks of an op with {@link Trait#SYMBOL_TABLE}, made once everything inside it has been
     * verified: one region of one block, no name defined twice, then the symbol uses of the ops
     * within (but not within nested symbol tables). Returns the first error, or null.
     */
    static Diagnostic verifySymbolTable(Operation op) {
        if (op.numRegions() != 1) {
            return Diagnostic.opError(op, "Operations with a 'SymbolTable' must have exactly one region");
        }
        if (op.region(0).blocks().size() != 1) {
            return Diagnostic.opError(op, "Operations with a 'SymbolTable' must have exactly one block");
        }
        Map<String, Operation> seen = new HashMap<>();
        for (Operation nested : op.region(0).entryBlock()) {
            String name = nameOf(nested);
            if (name == null) continue;
            Operation existing = seen.putIfAbsent(name, nested);
            if (existing != null) {
                Diagnostic d = Diagnostic.error(nested, "redefinition of symbol named '" + name + "'");
                d.attachNote(existing.location(), "see existing symbol definition here");
                return d;
            }
        }
        SymbolTableCollection tables = new SymbolTableCollection();
        // Regions are taken from a stack: a region's ops are checked before the regions nested
        // in them, and of those the last one found is checked first.
        List<Region> worklist = new ArrayList<>();
        worklist.add(op.region(0));
        while (!worklist.isEmpty()) {
            Region region = worklist.removeLast();
            for (Block block : region.blocks()) {
                for (Operation nested : block) {
                    if (nested instanceof SymbolUserOpInterface user) {
                        Diagnostic d = user.verifySymbolUses(tables);
                        if (d != null) return d;
                    }
                    // A nested symbol table checks its own uses; one jmlir does not define yet
                    // never would, so its ops are checked here, against their own table.
                    if (!nested.hasTrait(Trait.SYMBOL_TABLE)) {
                        for (int i = 0; i < nested.numRegions(); i++) worklist.add(nested.region(i));
                    }
                }
            }
        }
        return null;
    }
}
