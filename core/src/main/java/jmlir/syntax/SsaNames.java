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

/**
 * Assigns printed names to values and blocks the way mlir-opt does: values are numbered per
 * region ({@code %0}, entry block arguments {@code %argN}), nested regions are numbered after
 * their parent region in last-in-first-out order, and each nested region continues from the
 * counters its parent had when it was reached (or from the running counters when ids must be
 * unique, as in the generic form). Blocks are numbered {@code ^bbN} within their region.
 *
 * <p>In the custom form an op may name its results ({@link OpDef#resultNames()}): the name is
 * made a valid identifier, and one already used in the region or the regions around it gets a
 * {@code _N} suffix, N from a counter kept like the value counters. Entry block arguments'
 * {@code argN} names take part in that. Only a name given to an op's first result is used; it
 * names all of the op's results ({@code %name:2}, {@code %name#1}).
 */
final class SsaNames {
    /** A value's number; entry block arguments are stored as {@code -1 - n} for {@code %argN}. */
    private final Map<Value, Integer> valueIds = new IdentityHashMap<>();
    /** Values whose id is {@link #NAMED}: their name, without the {@code %}. */
    private final Map<Value, String> valueNames = new IdentityHashMap<>();
    private final Map<Block, Integer> blockIds = new IdentityHashMap<>();
    private static final int NAMED = Integer.MIN_VALUE;

    private final boolean customNames;
    private int nextValueId;
    private int nextArgumentId;
    private int nextConflictId;
    private NameScope scope;

    /** The names used in a region and (through the parent) the regions enclosing it. */
    private static final class NameScope {
        final NameScope parent;
        HashSet<String> names;

        NameScope(NameScope parent) {
            this.parent = parent;
        }

        boolean contains(String name) {
            for (NameScope s = this; s != null; s = s.parent) {
                if (s.names != null && s.names.contains(name)) return true;
            }
            return false;
        }

        void add(String name) {
            if (names == null) names = new HashSet<>();
            names.add(name);
        }
    }

    private record Pending(Region region, int nextValueId, int nextArgumentId, int nextConflictId,
                           NameScope parentScope) {
    }

    SsaNames(Operation root, boolean unique, boolean customNames) {
        this.customNames = customNames;
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        NameScope top = new NameScope(null);
        scope = top;
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
            scope = new NameScope(pending.parentScope());
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
                if (entry) nameArgument(arg, nextArgumentId++);
                else valueIds.put(arg, nextValueId++);
            }
            for (Operation op : block) numberOp(op);
        }
    }

    private void nameArgument(BlockArgument arg, int n) {
        String name = "arg" + n;
        String unique = uniqueName(name);
        if (unique.equals(name)) {
            valueIds.put(arg, -1 - n);
        } else {
            valueIds.put(arg, NAMED);
            valueNames.put(arg, unique);
        }
    }

    private void numberOp(Operation op) {
        if (op.numResults() == 0) return;
        OpResult first = op.result(0);
        OpDef def = op.name().definition();
        if (customNames && def != null && def.resultNames() != null && def.assembly() != null) {
            String[] given = new String[1];
            def.resultNames().name(op, (result, name) -> {
                if (result == first && !name.isEmpty()) given[0] = name;
            });
            if (given[0] != null) {
                valueIds.put(first, NAMED);
                valueNames.put(first, uniqueName(sanitize(given[0])));
                return;
            }
        }
        valueIds.put(first, nextValueId++);
    }

    /** {@code name}, or {@code name_N} for the first N from the conflict counter not in use; then marked used. */
    private String uniqueName(String name) {
        String result = name;
        if (scope.contains(name)) {
            StringBuilder probe = new StringBuilder(name.length() + 4).append(name).append('_');
            do {
                probe.setLength(name.length() + 1);
                probe.append(nextConflictId++);
            } while (scope.contains(probe.toString()));
            result = probe.toString();
        }
        scope.add(result);
        return result;
    }

    /**
     * A name as a valid identifier: letters, digits and {@code $._-} are kept, spaces become
     * {@code _}, other bytes their hex code; a leading digit gets an {@code _} before it.
     */
    static String sanitize(String name) {
        boolean valid = !Lexer.isDigit(name.charAt(0));
        for (int i = 0; valid && i < name.length(); i++) valid = isNameChar(name.charAt(i));
        if (valid) return name;
        StringBuilder sb = new StringBuilder(name.length() + 4);
        if (Lexer.isDigit(name.charAt(0))) sb.append('_');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isNameChar(c)) sb.append(c);
            else if (c == ' ') sb.append('_');
            else sb.append(Integer.toHexString(c & 0xff).toUpperCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '.'
                || c == '_' || c == '-';
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
        Integer id = valueIds.get(v);
        if (id == null) out.append("<<UNKNOWN SSA VALUE>>");
        else if (id == NAMED) out.append('%').append(valueNames.get(v));
        else if (id < 0) out.append("%arg").append(-1 - id);
        else out.append('%').append(id);
    }

    int blockId(Block b) {
        Integer id = blockIds.get(b);
        return id == null ? -1 : id;
    }
}
