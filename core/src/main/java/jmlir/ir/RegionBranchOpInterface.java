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

    /**
     * MLIR's check of region control flow: along each edge (from the op into its successors,
     * and from each region terminator to the successors of its region) as many values are
     * passed as the successor takes, of the same types. Returns the error, or null.
     */
    static Diagnostic verify(Operation op) {
        for (Successor successor : successorRegions(op, null)) {
            List<Value> operands = entrySuccessorOperands(op, successor.region());
            String message = verifyEdge(operands, successor);
            if (message != null) return edgeError(op, "parent", op, successor, message);
        }
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            for (Block block : region.blocks()) {
                Operation terminator = block.last();
                if (terminator == null || !isRegionTerminator(terminator)) continue;
                for (Successor successor : successorRegions(op, region)) {
                    List<Value> operands = terminatorSuccessorOperands(terminator, successor.region());
                    String message = verifyEdge(operands, successor);
                    if (message != null) {
                        return edgeError(op, "Operation " + terminator.name().name(), terminator, successor, message);
                    }
                }
            }
        }
        return null;
    }

    private static String verifyEdge(List<Value> operands, Successor successor) {
        if (operands == null) return null;
        List<Value> inputs = successor.inputs();
        if (operands.size() != inputs.size()) {
            return "region branch point has " + operands.size() + " operands, but region successor needs "
                    + inputs.size() + " inputs";
        }
        for (int i = 0; i < operands.size(); i++) {
            Type source = operands.get(i).type();
            Type target = inputs.get(i).type();
            if (!source.equals(target)) {
                return "successor operand type #" + i + " '" + jmlir.syntax.TypePrinting.toString(source)
                        + "' should match successor input type #" + i + " '"
                        + jmlir.syntax.TypePrinting.toString(target) + "'";
            }
        }
        return null;
    }

    /** The error about an edge, with a note at the branch point ({@code point}: the op or a terminator). */
    private static Diagnostic edgeError(Operation op, String from, Operation point, Successor to, String message) {
        String target = to.isParent() ? "parent" : "Region #" + regionIndex(op, to.region());
        Diagnostic d = Diagnostic.opError(op, "along control flow edge from " + from + " to " + target + ": "
                + message);
        d.attachNote(point.location(), "region branch point");
        return d;
    }

    private static int regionIndex(Operation op, Region region) {
        for (int i = 0; i < op.numRegions(); i++) if (op.region(i) == region) return i;
        return -1;
    }
}
