package jmlir.transform;

import jmlir.ir.Block;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.SymbolTable;
import jmlir.ir.SymbolTableCollection;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassStatistic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code symbol-dce}: erases the symbols nothing can reach. Public symbols are live, unless in a
 * symbol table hidden from the outside (the top op, a private or unnamed table); private
 * symbols, and nested ones in a hidden table, live only while a live op refers to them.
 */
public final class SymbolDce extends Pass {
    private final PassStatistic erased = statistic("num-dce'd", "Number of symbols DCE'd");

    @Override
    public String argument() {
        return "symbol-dce";
    }

    @Override
    public String name() {
        return "SymbolDCE";
    }

    @Override
    public String description() {
        return "Eliminate dead symbols";
    }

    @Override
    public void run(Operation op, PassContext context) {
        if (!SymbolTable.isSymbolTable(op)) {
            context.report(Diagnostic.opError(op, " was scheduled to run under SymbolDCE, but does not define a "
                    + "symbol table"));
            context.signalFailure();
            return;
        }
        // The outermost op cannot be seen from above; a nested table only when it is private.
        boolean hidden = op.parentOp() == null || !SymbolTable.isSymbol(op)
                || SymbolTable.visibilityOf(op).equals("private");
        Set<Operation> live = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!markLive(op, hidden, new SymbolTableCollection(), live, context)) {
            context.signalFailure();
            return;
        }
        List<Operation> dead = new ArrayList<>();
        op.walkPostOrder(table -> {
            if (!SymbolTable.isSymbolTable(table) || table.numRegions() == 0) return;
            for (Block block : table.region(0).blocks()) {
                for (Operation nested : block) if (SymbolTable.isSymbol(nested) && !live.contains(nested)) dead.add(nested);
            }
        });
        for (Operation d : dead) d.erase();
        erased.add(dead.size());
        if (dead.isEmpty()) context.markAllAnalysesPreserved();
    }

    /**
     * Adds to {@code live} the symbols of {@code table} (and of the tables within) that are
     * reachable; false (after reporting the op) when uses cannot be computed.
     */
    private static boolean markLive(Operation table, boolean hidden, SymbolTableCollection tables, Set<Operation> live,
                                    PassContext context) {
        Deque<Operation> worklist = new ArrayDeque<>();
        for (Block block : table.region(0).blocks()) {
            for (Operation op : block) {
                if (!SymbolTable.isSymbol(op)) {
                    worklist.push(op);
                    continue;
                }
                String visibility = SymbolTable.visibilityOf(op);
                boolean discardable = !visibility.equals("public") && (hidden || visibility.equals("private"));
                if (!discardable && live.add(op)) worklist.push(op);
            }
        }
        while (!worklist.isEmpty()) {
            Operation op = worklist.pop();
            if (SymbolTable.isSymbolTable(op) && op.numRegions() > 0) {
                boolean innerHidden = hidden || !SymbolTable.isSymbol(op) || SymbolTable.visibilityOf(op).equals("private");
                if (!markLive(op, innerHidden, tables, live, context)) return false;
            } else {
                // Inside an op that is no symbol table, ops with regions may hold symbol tables
                // of their own; they are looked at as if they were at the top.
                for (int r = 0; r < op.numRegions(); r++) {
                    for (Block block : op.region(r).blocks()) {
                        for (Operation nested : block) if (nested.numRegions() > 0) worklist.push(nested);
                    }
                }
            }
            Operation parent = op.parentOp();
            if (parent == null || !SymbolTable.isSymbolTable(parent)) continue;
            List<SymbolRefAttr> uses = SymbolUses.of(op);
            if (uses == null) {
                context.report(Diagnostic.error(op, "operation contains potentially unknown symbol table, meaning "
                        + "that we can't reliable compute symbol uses"));
                return false;
            }
            for (SymbolRefAttr use : uses) {
                for (Operation symbol : resolvePath(parent, use, tables)) {
                    if (live.add(symbol)) worklist.push(symbol);
                }
            }
        }
        return true;
    }

    /** Every symbol along {@code ref} ({@code @a::@b}: a, then b), or none when a part is unknown. */
    private static List<Operation> resolvePath(Operation table, SymbolRefAttr ref, SymbolTableCollection tables) {
        List<Operation> path = new ArrayList<>();
        Operation symbol = tables.symbolTable(table).lookup(ref.root());
        if (symbol == null) return List.of();
        path.add(symbol);
        for (String name : ref.nested()) {
            if (!SymbolTable.isSymbolTable(symbol)) return List.of();
            symbol = tables.symbolTable(symbol).lookup(name);
            if (symbol == null) return List.of();
            path.add(symbol);
        }
        return path;
    }
}
