package jmlir.syntax;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.OpDef;
import jmlir.ir.OpResult;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Value;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assigns printed names to values and blocks the way mlir-opt does: values are numbered per
 * region ({@code %0}, entry block arguments {@code %argN}), nested regions are numbered after
 * their parent region in last-in-first-out order, and each nested region continues from the
 * counters its parent had when it was reached (or from the running counters when ids must be
 * unique, as in the generic form). Blocks are numbered {@code ^bbN} within their region.
 *
 * <p>In the custom form, ops whose definition names its results ({@link OpDef#asmResultName})
 * get that name ({@code %c42_i32}) instead of a number, made unique among the names visible
 * in the region (and its enclosing regions) with a {@code _N} suffix.
 */
final class SsaNames {
    /** A value's number; entry block arguments are stored as {@code -1 - n} for {@code %argN}. */
    private final Map<Value, Integer> valueIds = new IdentityHashMap<>();
    private final Map<Value, String> valueNames = new IdentityHashMap<>();
    private final Map<Block, Integer> blockIds = new IdentityHashMap<>();
    private final boolean useAsmNames;

    private int nextValueId;
    private int nextArgumentId;
    private int nextConflictId;
    /** The names used in the region being numbered and the regions around it. */
    private NameScope names;

    private record Pending(Region region, int nextValueId, int nextArgumentId, int nextConflictId,
                           NameScope parentScope) {
    }

    /** The names one region uses, seen by the regions nested in it. */
    private static final class NameScope {
        final NameScope parent;
        final Set<String> used = new HashSet<>();

        NameScope(NameScope parent) {
            this.parent = parent;
        }

        boolean contains(String name) {
            for (NameScope s = this; s != null; s = s.parent) if (s.used.contains(name)) return true;
            return false;
        }
    }

    SsaNames(Operation root, boolean unique) {
        this(root, unique, false);
    }

    SsaNames(Operation root, boolean unique, boolean useAsmNames) {
        this.useAsmNames = useAsmNames;
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        names = new NameScope(null);
        NameScope top = names;
        numberOp(root);
        for (int i = 0; i < root.numRegions(); i++) stack.push(new Pending(root.region(i), 0, 0, 0, top));
        // The root's regions were pushed in order; the last one is processed first, as in MLIR.
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            if (!unique) {
                nextValueId = pending.nextValueId();
                nextArgumentId = pending.nextArgumentId();
                nextConflictId = pending.nextConflictId();
            }
            names = new NameScope(pending.parentScope());
            NameScope scope = names;
            numberRegion(pending.region());
            for (Block b : pending.region().blocks()) {
                for (Operation op : b) {
                    for (int i = 0; i < op.numRegions(); i++) {
                        stack.push(new Pending(op.region(i), nextValueId, nextArgumentId, nextConflictId, scope));
                    }
                }
            }
        }
    }

    private void numberRegion(Region region) {
        int nextBlockId = 0;
        for (Block block : region.blocks()) {
            blockIds.put(block, nextBlockId++);
            boolean entry = block.isEntryBlock();
            for (BlockArgument arg : block.arguments()) {
                valueIds.put(arg, entry ? -1 - nextArgumentId++ : nextValueId++);
            }
            for (Operation op : block) numberOp(op);
        }
    }

    private void numberOp(Operation op) {
        if (op.numResults() == 0) return;
        if (useAsmNames) {
            OpDef def = op.name().definition();
            String name = def == null || def.asmResultName() == null ? null : def.asmResultName().apply(op);
            if (name != null && !name.isEmpty()) {
                valueNames.put(op.result(0), uniqueName(name));
                return;
            }
        }
        valueIds.put(op.result(0), nextValueId++);
    }

    /** The name made valid and unique: {@code name}, else {@code name_N} with the next free N. */
    private String uniqueName(String name) {
        name = sanitize(name);
        if (names.contains(name)) {
            String probe;
            do {
                probe = name + "_" + nextConflictId++;
            } while (names.contains(probe));
            name = probe;
        }
        names.used.add(name);
        return name;
    }

    /**
     * Like MLIR: letters, digits and {@code $._-} are kept, spaces become {@code _}, other bytes
     * their hex code; a name starting with a digit gets a {@code _} in front.
     */
    static String sanitize(String name) {
        boolean valid = true;
        for (int i = 0; i < name.length() && valid; i++) valid = isNameChar(name.charAt(i));
        boolean leadingDigit = Lexer.isDigit(name.charAt(0));
        if (valid && !leadingDigit) return name;
        StringBuilder sb = new StringBuilder();
        if (leadingDigit) sb.append('_');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isNameChar(c)) sb.append(c);
            else if (c == ' ') sb.append('_');
            else sb.append(Integer.toHexString(c & 0xff).toUpperCase());
        }
        return sb.toString();
    }

    private static boolean isNameChar(char c) {
        return Lexer.isLetter(c) || Lexer.isDigit(c) || c == '$' || c == '.' || c == '_' || c == '-';
    }

    /** Appends the name a use prints: results of multi-result ops carry {@code #N}. */
    void appendUse(Value v, StringBuilder out) {
        if (v instanceof OpResult r && r.owner().numResults() > 1) {
            appendDefinition(r.owner().result(0), out);
            out.append('#').append(r.index());
        } else {
            appendDefinition(v, out);
        }
    }

    /** Appends the name a value is defined with (for a multi-result op, its first result's). */
    void appendDefinition(Value v, StringBuilder out) {
        if (!valueNames.isEmpty()) {
            String name = valueNames.get(v);
            if (name != null) {
                out.append('%').append(name);
                return;
            }
        }
        Integer id = valueIds.get(v);
        if (id == null) out.append("<<UNKNOWN SSA VALUE>>");
        else if (id < 0) out.append("%arg").append(-1 - id);
        else out.append('%').append(id);
    }

    int blockId(Block b) {
        Integer id = blockIds.get(b);
        return id == null ? -1 : id;
    }
}
