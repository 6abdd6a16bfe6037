package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions about control flow between an op and its regions (MLIR's RegionBranchOpInterface and
 * RegionBranchTerminatorOpInterface), answered from the definitions' {@link OpDef.RegionBranch}
 * and {@link OpDef.RegionTerminator}, or the {@link Trait#RETURN_LIKE} trait.
 */
public final class RegionBranchOpInterface {
    private RegionBranchOpInterface() {
    }

    /**
     * Where control may go: {@code region} (entered with {@code inputs}, its entry block's
     * arguments) or, when {@code region} is null, back to the parent op (whose results are the
     * {@code inputs}).
     */
    public record Successor(Region region, List<Value> inputs) {
        public Successor {
            inputs = List.copyOf(inputs);
        }

        /** Entering {@code region}; its inputs are the entry block's arguments. */
        public static Successor of(Region region) {
            Block entry = region.entryBlock();
            return new Successor(region, entry == null ? List.of() : List.copyOf(entry.arguments()));
        }

        /** Returning to {@code op}; its inputs are the op's results. */
        public static Successor parent(Operation op) {
            List<Value> results = new ArrayList<>(op.numResults());
            for (int i = 0; i < op.numResults(); i++) results.add(op.result(i));
            return new Successor(null, results);
        }

        public boolean isParent() {
            return region == null;
        }
    }

    /** Whether the op states its region control flow. */
    public static boolean isRegionBranch(Operation op) {
        OpDef def = op.name().definition();
        return def != null && def.regionBranch() != null;
    }

    /**
     * Where control may go from {@code from} (one of the op's regions, or null for the op itself,
     * i.e. on entry); null when the op states no region control flow.
     */
    public static List<Successor> successorRegions(Operation op, Region from) {
        OpDef def = op.name().definition();
        if (def == null || def.regionBranch() == null) return null;
        return def.regionBranch().successors(op, from);
    }

    /** The operands of {@code op} passed to region {@code to} on entry; null when the op states none. */
    public static List<Value> entrySuccessorOperands(Operation op, Region to) {
        OpDef def = op.name().definition();
        if (def == null || def.regionBranch() == null) return null;
        return def.regionBranch().entryOperands(op, to);
    }

    /** Whether {@code op} is a region terminator that states what it passes on. */
    public static boolean isRegionTerminator(Operation op) {
        OpDef def = op.name().definition();
        return def != null && (def.regionTerminator() != null || def.hasTrait(Trait.RETURN_LIKE));
    }

    /**
     * The operands of terminator {@code op} passed to {@code to} (a sibling region, or null for
     * the parent op); all operands for {@link Trait#RETURN_LIKE} ops; null when it states none.
     */
    public static List<Value> terminatorSuccessorOperands(Operation op, Region to) {
        OpDef def = op.name().definition();
        if (def == null) return null;
        if (def.regionTerminator() != null) return def.regionTerminator().successorOperands(op, to);
        if (!def.hasTrait(Trait.RETURN_LIKE)) return null;
        List<Value> all = new ArrayList<>(op.numOperands());
        for (int i = 0; i < op.numOperands(); i++) all.add(op.operand(i));
        return all;
    }
}
