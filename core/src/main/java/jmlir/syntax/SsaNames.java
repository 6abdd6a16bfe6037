package jmlir.syntax;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
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
    private final Map<Value, String> valueNames = new IdentityHashMap<>();
    /** For the first result of an op with several results: how many share the name. */
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
                valueNames.put(arg, entry ? "%arg" + nextArgumentId++ : "%" + nextValueId++);
            }
            for (Operation op : block) numberOp(op);
        }
    }

    private void numberOp(Operation op) {
        if (op.numResults() == 0) return;
        valueNames.put(op.result(0), "%" + nextValueId++);
    }

    /** The printed name of a value, with {@code #N} for results after the first. */
    String nameOf(Value v) {
        if (v instanceof jmlir.ir.OpResult r && r.owner().numResults() > 1) {
            String base = valueNames.get(r.owner().result(0));
            if (base == null) return "<<UNKNOWN SSA VALUE>>";
            return base + "#" + r.index();
        }
        String name = valueNames.get(v);
        return name == null ? "<<UNKNOWN SSA VALUE>>" : name;
    }

    /** The name of an op's result group, for the {@code %0:2 =} prefix. */
    String resultGroupName(Operation op) {
        return valueNames.get(op.result(0));
    }

    int blockId(Block b) {
        Integer id = blockIds.get(b);
        return id == null ? -1 : id;
    }
}
