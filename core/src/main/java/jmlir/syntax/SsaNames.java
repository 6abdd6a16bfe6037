package jmlir.syntax;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.OpResult;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Value;

import jmlir.ir.OpDef;

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
 * <p>In custom syntax, ops may suggest names for their results ({@link OpDef#resultNamer()}). A
 * name is made a valid identifier, then made unique among the names of the enclosing regions
 * (names of sibling regions may repeat) by appending {@code _N}, with N from a counter that,
 * like the value counters, each nested region continues from its parent's. Entry block
 * arguments' {@code argN} names take part in that.
 */
final class SsaNames {
    /**
     * A value's number (an Integer; entry block arguments are stored as {@code -1 - n} for
     * {@code %argN}), or the name an op suggested for it, made valid and unique (a String). One
     * map, so that printing a use looks the value up once.
     */
    private final Map<Value, Object> valueNames = new IdentityHashMap<>();
    private final Map<Block, Integer> blockIds = new IdentityHashMap<>();
    private final boolean customNames;
    /** Where the result groups of ops with named results start (sorted, from 0), when there are several. */
    private final Map<Operation, int[]> resultGroups = new IdentityHashMap<>();

    private int nextValueId;
    private int nextArgumentId;
    private int nextConflictId;
    private Scope scope;

    /** The names used in a region and (through its parent) in the regions enclosing it. */
    private record Scope(Scope parent, Set<String> names) {
        boolean contains(String name) {
            for (Scope s = this; s != null; s = s.parent) if (s.names.contains(name)) return true;
            return false;
        }
    }

    private record Pending(Region region, int nextValueId, int nextArgumentId, int nextConflictId, Scope parent) {
    }

    /**
     * @param unique      whether value numbers run on across regions (generic form, unique ids)
     * @param customNames whether ops may name their results (custom syntax)
     */
    SsaNames(Operation root, boolean unique, boolean customNames) {
        this.customNames = customNames;
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        Scope top = new Scope(null, new HashSet<>());
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
            scope = new Scope(pending.parent(), new HashSet<>());
            Scope current = scope;
            numberRegion(pending.region());
            for (Block b : pending.region().blocks()) {
                for (Operation op : b) {
                    for (int i = 0; i < op.numRegions(); i++) {
                        stack.push(new Pending(op.region(i), nextValueId, nextArgumentId, nextConflictId, current));
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
                else valueNames.put(arg, nextValueId++);
            }
            for (Operation op : block) numberOp(op);
        }
    }

    /**
     * Names an entry block argument {@code %argN}. The name takes part in the uniquing of
     * names as in MLIR: it becomes {@code %argN_M} where an op named a value {@code argN} first.
     */
    private void nameArgument(BlockArgument arg, int n) {
        String name = "arg" + n;
        if (scope.contains(name)) {
            valueNames.put(arg, uniqueName(name));
        } else {
            scope.names().add(name);
            valueNames.put(arg, -1 - n);
        }
    }

    private void numberOp(Operation op) {
        if (op.numResults() == 0) return;
        if (customNames) {
            OpDef def = op.name().definition();
            if (def != null && def.resultNamer() != null) {
                // Result groups only matter when there are several results.
                java.util.TreeSet<Integer> groups = op.numResults() > 1 ? new java.util.TreeSet<>() : null;
                def.resultNamer().names(op, (value, name) -> {
                    if (!(value instanceof OpResult r) || r.owner() != op || isNumbered(value)) return;
                    if (name.isEmpty()) valueNames.put(value, nextValueId++);
                    else valueNames.put(value, uniqueName(name));
                    if (groups != null) groups.add(r.index());
                });
                if (groups != null) {
                    groups.add(0);
                    if (groups.size() > 1) resultGroups.put(op, groups.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        if (!isNumbered(op.result(0))) valueNames.put(op.result(0), nextValueId++);
    }

    private boolean isNumbered(Value v) {
        return valueNames.containsKey(v);
    }

    /**
     * Appends the names an op's results are defined with: {@code %0}, {@code %0:2}, or one entry
     * per result group when results were named ({@code %sum, %overflow}).
     */
    void appendResults(Operation op, StringBuilder out) {
        int[] groups = resultGroups.get(op);
        if (groups == null) {
            appendDefinition(op.result(0), out);
            if (op.numResults() > 1) out.append(':').append(op.numResults());
            return;
        }
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) out.append(", ");
            int end = i + 1 < groups.length ? groups[i + 1] : op.numResults();
            appendDefinition(op.result(groups[i]), out);
            if (end - groups[i] != 1) out.append(':').append(end - groups[i]);
        }
    }

    /** {@code name} made a valid identifier and unique in the current scope, then recorded there. */
    private String uniqueName(String name) {
        name = sanitize(name);
        if (scope.contains(name)) {
            // Room for the '_' and any int: the builder never grows.
            StringBuilder unique = new StringBuilder(name.length() + 12).append(name).append('_');
            int baseLength = unique.length();
            do {
                unique.setLength(baseLength);
                name = unique.append(nextConflictId++).toString();
            } while (scope.contains(name));
        }
        scope.names().add(name);
        return name;
    }

    /**
     * Makes a suggested name a valid value name: letters, digits and {@code $._-} are kept, spaces
     * become {@code _}, other bytes their hex code; a leading digit gets a {@code _} before it, so
     * that the name cannot clash with a number.
     */
    static String sanitize(String name) {
        boolean valid = true;
        for (int i = 0; i < name.length() && valid; i++) valid = validChar(name.charAt(i));
        boolean leadingDigit = !name.isEmpty() && name.charAt(0) >= '0' && name.charAt(0) <= '9';
        if (valid && !leadingDigit) return name;
        StringBuilder out = new StringBuilder(name.length() + 4);
        if (leadingDigit) out.append('_');
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (validChar(ch)) out.append(ch);
            else if (ch == ' ') out.append('_');
            else out.append(Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean validChar(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                || ch == '$' || ch == '.' || ch == '_' || ch == '-';
    }

    /**
     * Appends the name a use prints: results of multi-result ops carry {@code #N}, their index
     * in their result group, unless the group has only them.
     */
    void appendUse(Value v, StringBuilder out) {
        if (v instanceof OpResult r && r.owner().numResults() > 1) {
            Operation owner = r.owner();
            int[] groups = resultGroups.get(owner);
            int start = 0;
            int end = owner.numResults();
            if (groups != null) {
                for (int i = 0; i < groups.length && groups[i] <= r.index(); i++) {
                    start = groups[i];
                    end = i + 1 < groups.length ? groups[i + 1] : owner.numResults();
                }
            }
            appendDefinition(owner.result(start), out);
            if (end - start != 1) out.append('#').append(r.index() - start);
        } else {
            appendDefinition(v, out);
        }
    }

    /** Appends the name a value is defined with (for a multi-result op, its first result's). */
    void appendDefinition(Value v, StringBuilder out) {
        Object name = valueNames.get(v);
        if (name == null) {
            out.append("<<UNKNOWN SSA VALUE>>");
        } else if (name instanceof String s) {
            out.append('%').append(s);
        } else {
            int id = (Integer) name;
            if (id < 0) out.append("%arg").append(-1 - id);
            else out.append('%').append(id);
        }
    }

    int blockId(Block b) {
        Integer id = blockIds.get(b);
        return id == null ? -1 : id;
    }
}
