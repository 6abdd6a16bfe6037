package jmlir.syntax;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.OpResult;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Value;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Assigns printed names to values and blocks the way mlir-opt does: values are numbered per
 * region ({@code %0}, entry block arguments {@code %argN}), nested regions are numbered after
 * their parent region in last-in-first-out order, and each nested region continues from the
 * counters its parent had when it was reached (or from the running counters when ids must be
 * unique, as in the generic form). Blocks are numbered {@code ^bbN} within their region.
 */
final class SsaNames {
    /** A value's number; entry block arguments are stored as {@code -1 - n} for {@code %argN}. */
    private final Map<Value, Integer> valueIds = new IdentityHashMap<>();
    private final Map<Block, Integer> blockIds = new IdentityHashMap<>();

    private int nextValueId;
    private int nextArgumentId;

    private record Pending(Region region, int nextValueId, int nextArgumentId) {
    }

    SsaNames(Operation root, boolean unique) {
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        numberOp(root);
        for (int i = 0; i < root.numRegions(); i++) stack.push(new Pending(root.region(i), 0, 0));
        // The root's regions were pushed in order; the last one is processed first, as in MLIR.
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            if (!unique) {
                nextValueId = pending.nextValueId();
                nextArgumentId = pending.nextArgumentId();
            }
            numberRegion(pending.region());
            for (Block b : pending.region().blocks()) {
                for (Operation op : b) {
                    for (int i = 0; i < op.numRegions(); i++) {
                        stack.push(new Pending(op.region(i), nextValueId, nextArgumentId));
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
        valueIds.put(op.result(0), nextValueId++);
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
        else if (id < 0) out.append("%arg").append(-1 - id);
        else out.append('%').append(id);
    }

    int blockId(Block b) {
        Integer id = blockIds.get(b);
        return id == null ? -1 : id;
    }
}
