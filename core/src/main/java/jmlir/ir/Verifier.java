package jmlir.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the structural rules every operation must follow, as MLIR's verifier does: block
 * terminators, successors within their region, entry blocks without predecessors, the
 * constraints of registered operations, symbol tables, and SSA dominance (except in graph
 * regions).
 *
 * <p>The order is MLIR's: an op's own invariants, then its blocks and the ops in them, except
 * ops isolated from above (functions), which are verified, each with its dominance, once the
 * rest of their parent is; all of them are verified even when one fails, so each may report an
 * error. Then come the parent's region verifiers (symbol table rules), and last the dominance
 * of the root's regions.
 */
public final class Verifier {
    private final DominanceInfo dominance = new DominanceInfo();
    private final List<Diagnostic> errors = new ArrayList<>(1);
    private final jmlir.syntax.PrintOptions printing;

    private Verifier(jmlir.syntax.PrintOptions printing) {
        this.printing = printing;
    }

    /** Returns the first error found in {@code root} and everything nested in it, or null. */
    public static Diagnostic verify(Operation root) {
        List<Diagnostic> errors = verifyAll(root);
        return errors.isEmpty() ? null : errors.getFirst();
    }

    /** Returns the errors mlir-opt would report for {@code root}, in its order; empty when valid. */
    public static List<Diagnostic> verifyAll(Operation root) {
        return verifyAll(root, new jmlir.syntax.PrintOptions());
    }

    /** {@link #verifyAll(Operation)}, showing ops in messages with the choices of {@code printing} (debug info). */
    public static List<Diagnostic> verifyAll(Operation root, jmlir.syntax.PrintOptions printing) {
        Verifier v = new Verifier(printing);
        v.verifyOpAndDominance(root);
        return v.errors;
    }

    private boolean fail(Diagnostic d) {
        errors.add(d);
        return false;
    }

    private static Diagnostic error(Operation op, String message) {
        return Diagnostic.error(op, message);
    }

    private static Diagnostic error(Location location, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, location, message);
    }

    private static boolean isIsolated(Operation op) {
        return op.numRegions() != 0 && op.hasTrait(Trait.ISOLATED_FROM_ABOVE);
    }

    // ---------------------------------------------------------------- structure

    private boolean verifyOpAndDominance(Operation op) {
        if (!verifyOperation(op)) return false;
        if (op.numRegions() == 0) return true;
        Diagnostic d = verifyDominance(op);
        return d == null || fail(d);
    }

    private boolean verifyOperation(Operation op) {
        Diagnostic d = onEntrance(op);
        if (d != null) return fail(d);
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            for (Block block : region.blocks()) {
                d = onEntrance(block);
                if (d != null) return fail(d);
                for (Operation nested : block) {
                    if (!isIsolated(nested) && !verifyOperation(nested)) return false;
                }
                d = onExit(block);
                if (d != null) return fail(d);
            }
        }
        return onExit(op);
    }

    private static Diagnostic onEntrance(Operation op) {
        if (op.isRegistered()) {
            Diagnostic d = OpVerification.verify(op);
            if (d != null) return d;
        }
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            if (op.isRegistered() && op.hasTrait(Trait.GRAPH_REGIONS) && region.blocks().size() > 1) {
                return Diagnostic.opError(op, "expects graph region #" + i + " to have 0 or 1 blocks");
            }
            if (!region.isEmpty() && region.entryBlock().hasPredecessors()) {
                return error(op.location(), "entry block of region may not have predecessors");
            }
        }
        return null;
    }

    /** Ops isolated from above, then the region verifiers, then the rule on unknown ops. */
    private boolean onExit(Operation op) {
        boolean failed = false;
        for (int i = 0; i < op.numRegions(); i++) {
            for (Block block : op.region(i).blocks()) {
                for (Operation nested : block) {
                    if (isIsolated(nested) && !verifyOpAndDominance(nested)) failed = true;
                }
            }
        }
        if (failed) return false;
        OpDef def = op.name().definition();
        if (def == null) {
            Diagnostic d = OpVerification.verifyUnregistered(op);
            return d == null || fail(d);
        }
        if (def.hasTrait(Trait.SYMBOL_TABLE)) {
            Diagnostic d = SymbolTable.verifySymbolTable(op);
            if (d != null) return fail(d);
        }
        for (OpDef.Check v : def.regionVerifiers()) {
            Diagnostic d = v.check(op);
            if (d != null) return fail(d);
        }
        return true;
    }

    private static Diagnostic onEntrance(Block block) {
        if (block.isEmpty()) {
            if (mayBeValidWithoutTerminator(block)) return null;
            return error(block.parentOp().location(), "empty block: expect at least a terminator");
        }
        for (Operation op : block) {
            if (op.numSuccessors() != 0 && op != block.last()) {
                return error(op, "operation with block successors must terminate its parent block");
            }
        }
        return null;
    }

    private Diagnostic onExit(Block block) {
        Operation last = block.last();
        if (last != null) {
            for (int i = 0; i < last.numSuccessors(); i++) {
                if (last.successor(i).parent() != block.parent()) {
                    return error(last.location(), "branching to block of a different region");
                }
            }
        }
        if (mayBeValidWithoutTerminator(block)) return null;
        if (last.isRegistered() && !last.hasTrait(Trait.TERMINATOR)) {
            return error(last, "block with no terminator, has " + jmlir.syntax.OpPrinter.printForDiagnostic(last, printing));
        }
        return null;
    }

    /** A block may lack a terminator when it is alone in a region of an op that allows it (or is unknown). */
    private static boolean mayBeValidWithoutTerminator(Block block) {
        Region region = block.parent();
        if (region == null) return true;
        if (region.blocks().size() != 1) return false;
        Operation op = region.parentOp();
        return op == null || !op.isRegistered() || op.hasTrait(Trait.NO_TERMINATOR);
    }

    // ---------------------------------------------------------------- dominance

    /**
     * Checks that operands dominate their uses in {@code root}'s regions and the regions nested in
     * them, but not inside ops isolated from above (verified on their own). Like MLIR, ops with
     * regions are taken from a stack once the block holding them is checked; uses in blocks that
     * cannot be reached are not checked.
     */
    private Diagnostic verifyDominance(Operation root) {
        ArrayList<Operation> worklist = new ArrayList<>();
        worklist.add(root);
        while (!worklist.isEmpty()) {
            Operation op = worklist.removeLast();
            for (int r = 0; r < op.numRegions(); r++) {
                for (Block block : op.region(r).blocks()) {
                    boolean reachable = dominance.isReachableFromEntry(block);
                    for (Operation nested : block) {
                        if (reachable) {
                            for (int i = 0; i < nested.numOperands(); i++) {
                                Value v = nested.operand(i);
                                if (!dominance.properlyDominates(v, nested)) return invalidDominance(nested, i);
                            }
                        }
                        if (nested.numRegions() != 0 && !isIsolated(nested)) worklist.add(nested);
                    }
                }
            }
        }
        return null;
    }

    private static Diagnostic invalidDominance(Operation op, int operandIndex) {
        Diagnostic d = error(op, "operand #" + operandIndex + " does not dominate this use");
        Value v = op.operand(operandIndex);
        Operation def = v.definingOp();
        if (def != null) {
            Region useRegion = op.block().parent();
            Region defRegion = def.block().parent();
            String where;
            if (op.block() == def.block()) where = " (op in the same block)";
            else if (useRegion == defRegion) where = " (op in the same region)";
            else if (isProperAncestor(defRegion, useRegion)) where = " (op in a parent region)";
            else if (isProperAncestor(useRegion, defRegion)) where = " (op in a child region)";
            else where = " (op is neither in a parent nor in a child region)";
            d.attachNote(def.location(), "operand defined here" + where);
        } else if (v instanceof BlockArgument arg) {
            Block b = arg.owner();
            int blockNo = b.parent() == null ? -1 : b.parent().blocks().indexOf(b);
            Operation parent = b.parentOp();
            String where = parent == null ? "" : " in '" + parent.name().name() + "'";
            d.attachNote(parent == null ? arg.location() : parent.location(),
                    "operand defined as a block argument (block #" + blockNo + " in " + regionRelation(op, b)
                            + ")");
        }
        return d;
    }

    private static String regionRelation(Operation user, Block argBlock) {
        Region useRegion = user.block().parent();
        Region defRegion = argBlock.parent();
        if (useRegion == defRegion) return "the same region";
        if (isProperAncestor(defRegion, useRegion)) return "a parent region";
        if (isProperAncestor(useRegion, defRegion)) return "a child region";
        return "a region that is neither a parent nor a child";
    }

    private static boolean isProperAncestor(Region ancestor, Region region) {
        Operation op = region.parentOp();
        while (op != null && op.block() != null) {
            Region r = op.block().parent();
            if (r == ancestor) return true;
            op = r.parentOp();
        }
        return false;
    }
}
