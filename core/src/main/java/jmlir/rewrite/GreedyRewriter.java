package jmlir.rewrite;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.FoldResult;
import jmlir.ir.OpOperand;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.SideEffects;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.trace.Tracer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies patterns and folding to the ops of a region until nothing changes, with MLIR's
 * greedy driver semantics: each iteration merges and hoists constants, seeds a worklist with
 * every op, then pops ops one at a time, erasing dead ones, folding, or applying the best
 * pattern; ops a change touches go back on the worklist. Between iterations the region's
 * control flow is simplified.
 */
public final class GreedyRewriter implements Rewriter.Listener {
    private final PatternSet patterns;
    private final GreedyConfig config;
    private final Region scope;
    private final PatternRewriter rewriter;
    private final Worklist worklist = new Worklist();
    /** What the driver did, by kind, when a trace records it (else null). */
    private final Map<String, Long> counts;

    private GreedyRewriter(Context context, Region scope, PatternSet patterns, GreedyConfig config) {
        this.patterns = patterns;
        this.config = config;
        this.scope = scope;
        this.rewriter = new PatternRewriter(context);
        rewriter.setListener(this);
        this.counts = Tracer.current().isRecorded() ? new TreeMap<>() : null;
    }

    private void count(String what) {
        if (counts != null) counts.merge(what, 1L, Long::sum);
    }

    /** Rewrites the regions of {@code op}; true when every region converged. */
    public static boolean apply(Context context, Operation op, PatternSet patterns, GreedyConfig config) {
        boolean converged = true;
        for (int i = 0; i < op.numRegions(); i++) converged &= apply(context, op.region(i), patterns, config);
        return converged;
    }

    /** Rewrites the ops of {@code region}; true when it converged within the iteration limit. */
    public static boolean apply(Context context, Region region, PatternSet patterns, GreedyConfig config) {
        GreedyRewriter driver = new GreedyRewriter(context, region, patterns, config);
        boolean converged = driver.simplify();
        if (driver.counts != null) {
            Tracer.Span span = Tracer.current();
            for (Map.Entry<String, Long> e : driver.counts.entrySet()) span.arg(e.getKey(), e.getValue());
        }
        return converged;
    }

    private boolean simplify() {
        boolean continueRewrites;
        long iteration = 0;
        do {
            if (config.maxIterations() != GreedyConfig.NO_LIMIT && ++iteration > config.maxIterations()) {
                return false;
            }
            count("iterations");
            worklist.clear();
            seedWorklist();
            // Unreachable blocks go first, whatever the region simplification level (their ops
            // leave the worklist): patterns are not safe on unreachable code, which may use a
            // value before defining it.
            continueRewrites = RegionSimplification.eraseUnreachableBlocks(rewriter, List.of(scope));
            continueRewrites |= processWorklist();
            if (config.regionSimplification() != GreedyConfig.RegionSimplify.DISABLED) {
                continueRewrites |= RegionSimplification.simplify(rewriter, List.of(scope),
                        config.regionSimplification() == GreedyConfig.RegionSimplify.AGGRESSIVE);
            }
        } while (continueRewrites);
        return true;
    }

    /** Puts every op of the region on the worklist, merging equal constants on the way. */
    private void seedWorklist() {
        ConstantUniquer constants = new ConstantUniquer(rewriter);
        if (!config.topDown()) {
            walkPostOrder(scope, op -> {
                if (!config.cseConstants() || !isDuplicateConstant(constants, op)) addToWorklist(op);
            });
        } else {
            walkPreOrder(scope, op -> {
                if (config.cseConstants() && isDuplicateConstant(constants, op)) return false;
                addToWorklist(op);
                return true;
            });
            worklist.reverse();
        }
    }

    /** Whether {@code op} was a constant equal to a known one (and has been replaced by it). */
    private static boolean isDuplicateConstant(ConstantUniquer constants, Operation op) {
        Attribute value = Folding.constantValue(op);
        return value != null && !constants.insertKnownConstant(op, value);
    }

    private static void walkPostOrder(Region region, java.util.function.Consumer<Operation> visit) {
        for (Block b : region.blocks()) {
            for (Operation op = b.first(), next; op != null; op = next) {
                next = op.nextInBlock();
                op.walkPostOrder(visit);
            }
        }
    }

    /** Pre-order walk; the visitor returns false to skip the op's regions. */
    private static void walkPreOrder(Region region, java.util.function.Predicate<Operation> visit) {
        for (Block b : new ArrayList<>(region.blocks())) {
            for (Operation op = b.first(), next; op != null; op = next) {
                next = op.nextInBlock();
                if (!visit.test(op)) continue;
                for (int i = 0; i < op.numRegions(); i++) walkPreOrder(op.region(i), visit);
            }
        }
    }

    private boolean processWorklist() {
        boolean changed = false;
        long numRewrites = 0;
        while (!worklist.isEmpty()
                && (config.maxNumRewrites() == GreedyConfig.NO_LIMIT || numRewrites < config.maxNumRewrites())) {
            Operation op = worklist.pop();
            if (SideEffects.isOpTriviallyDead(op)) {
                rewriter.eraseOp(op);
                count("erased dead");
                changed = true;
                continue;
            }
            if (config.fold() && !op.hasTrait(Trait.CONSTANT_LIKE) && fold(op)) {
                count("folded");
                changed = true;
                continue;
            }
            if (applyBestPattern(op)) {
                changed = true;
                numRewrites++;
            }
        }
        return changed;
    }

    /** Folds {@code op}, replacing it by existing values or new constants; true on success. */
    private boolean fold(Operation op) {
        List<FoldResult> results = new ArrayList<>(op.numResults());
        if (!Folding.fold(op, results)) return false;
        if (results.isEmpty()) {
            operationModified(op);
            return true;
        }
        Builder.InsertionPoint saved = rewriter.insertionPoint();
        rewriter.setInsertionPoint(op);
        try {
            List<Value> replacements = new ArrayList<>(results.size());
            List<Operation> made = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i) instanceof Value v) {
                    replacements.add(v);
                    continue;
                }
                Type type = op.result(i).type();
                Operation constant = op.dialect() == null ? null
                        : op.dialect().materializeConstant(rewriter, (Attribute) results.get(i), type, op.location());
                if (constant == null) {
                    // Undo the constants made for earlier results; the op stays as it is.
                    for (Operation m : made) rewriter.eraseOp(m);
                    return false;
                }
                made.add(constant);
                replacements.add(constant.result(0));
            }
            rewriter.replaceOp(op, replacements);
            return true;
        } finally {
            rewriter.restoreInsertionPoint(saved);
        }
    }

    /** Tries the patterns for {@code op}, best benefit first; true when one applied. */
    private boolean applyBestPattern(Operation op) {
        List<RewritePattern> specific = patterns.forRoot(op.name().name());
        List<RewritePattern> any = patterns.anyOp();
        int si = 0;
        int ai = 0;
        while (si < specific.size() || ai < any.size()) {
            RewritePattern best;
            if (si < specific.size() && (ai >= any.size() || specific.get(si).benefit() >= any.get(ai).benefit())) {
                best = specific.get(si++);
            } else {
                best = any.get(ai++);
            }
            rewriter.setInsertionPoint(op);
            if (best.matchAndRewrite(op, rewriter)) {
                count("pattern " + best.debugName());
                return true;
            }
        }
        return false;
    }

    /** Adds {@code op} and its ancestors inside the scope, innermost first; ops outside the scope are ignored. */
    private void addToWorklist(Operation op) {
        for (Operation o = op; o.parentRegion() != scope; o = o.parentRegion().parentOp()) {
            if (o.parentRegion() == null) return;
        }
        for (Operation o = op; ; o = o.parentRegion().parentOp()) {
            worklist.push(o);
            if (o.parentRegion() == scope) return;
        }
    }

    /**
     * After {@code op} is erased, the ops defining its operands may have become dead or
     * simpler: they go back on the worklist when at most one other user remains.
     */
    private void addOperandsToWorklist(Operation op) {
        for (int i = 0; i < op.numOperands(); i++) {
            Value operand = op.operand(i);
            if (operand == null) continue;
            Operation def = operand.definingOp();
            if (def == null) continue;
            Operation otherUser = null;
            boolean moreThanTwo = false;
            for (OpOperand use : operand.uses()) {
                Operation user = use.owner();
                if (user == op || user == otherUser) continue;
                if (otherUser == null) {
                    otherUser = user;
                    continue;
                }
                moreThanTwo = true;
                break;
            }
            if (!moreThanTwo) addToWorklist(def);
        }
    }

    @Override
    public void operationInserted(Operation op, Block previousBlock) {
        addToWorklist(op);
    }

    @Override
    public void operationModified(Operation op) {
        addToWorklist(op);
    }

    @Override
    public void operationErased(Operation op) {
        addOperandsToWorklist(op);
        worklist.remove(op);
    }
}
