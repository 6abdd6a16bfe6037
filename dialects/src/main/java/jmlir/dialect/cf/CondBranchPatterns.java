package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpOperand;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.PatternRewriter;

import java.util.ArrayList;
import java.util.List;

/** The canonicalization patterns of {@code cf.cond_br}. */
final class CondBranchPatterns {
    private CondBranchPatterns() {
    }

    /** {@code cond_br true, ^a, ^b} becomes {@code br ^a}; {@code cond_br false, ^a, ^b} becomes {@code br ^b}. */
    static boolean constantCondition(Operation op, PatternRewriter r) {
        CondBranchOp condBr = (CondBranchOp) op;
        APInt condition = ControlFlowPatterns.constantInt(condBr.condition());
        if (condition == null) return false;
        if (condition.isZero()) replaceWithBranch(condBr, r, condBr.falseDest(), condBr.falseDestOperands());
        else replaceWithBranch(condBr, r, condBr.trueDest(), condBr.trueDestOperands());
        return true;
    }

    /** Successors that only branch on elsewhere are replaced by where they branch to. */
    static boolean passThrough(Operation op, PatternRewriter r) {
        CondBranchOp condBr = (CondBranchOp) op;
        Successors.Target onTrue = new Successors.Target(condBr.trueDest(), condBr.trueDestOperands());
        Successors.Target onFalse = new Successors.Target(condBr.falseDest(), condBr.falseDestOperands());
        Successors.Target newTrue = Successors.collapse(onTrue);
        Successors.Target newFalse = Successors.collapse(onFalse);
        if (newTrue == null && newFalse == null) return false;
        if (newTrue == null) newTrue = onTrue;
        if (newFalse == null) newFalse = onFalse;
        r.setInsertionPoint(condBr);
        CondBranchOp replacement = CondBranchOp.create(r, condBr.location(), condBr.condition(),
                newTrue.block(), newTrue.operands(), newFalse.block(), newFalse.operands(), condBr.weights());
        r.replaceOp(condBr, replacement);
        return true;
    }

    /**
     * Both successors the same block: a plain branch when the operands agree too; else, when this
     * block is the target's only predecessor, a branch passing {@code arith.select}s of the
     * operands that differ.
     */
    static boolean identicalSuccessors(Operation op, PatternRewriter r) {
        CondBranchOp condBr = (CondBranchOp) op;
        Block dest = condBr.trueDest();
        if (dest != condBr.falseDest()) return false;
        List<Value> onTrue = condBr.trueDestOperands();
        List<Value> onFalse = condBr.falseDestOperands();
        if (onTrue.equals(onFalse)) {
            replaceWithBranch(condBr, r, dest, onTrue);
            return true;
        }
        if (Successors.uniquePredecessor(dest) != condBr.block()) return false;
        r.setInsertionPoint(condBr);
        List<Value> merged = new ArrayList<>(onTrue.size());
        for (int i = 0; i < onTrue.size(); i++) {
            Value t = onTrue.get(i);
            Value f = onFalse.get(i);
            merged.add(t == f ? t : select(r, condBr, t, f));
        }
        replaceWithBranch(condBr, r, dest, merged);
        return true;
    }

    /**
     * In a block whose only predecessor branches on the same condition, the condition is known:
     * true when this block is that branch's true destination.
     */
    static boolean fromCondBranchOnSameCondition(Operation op, PatternRewriter r) {
        CondBranchOp condBr = (CondBranchOp) op;
        Block block = condBr.block();
        Block predecessor = Successors.singlePredecessor(block);
        if (predecessor == null || !(predecessor.terminator() instanceof CondBranchOp predBranch)
                || predBranch.condition() != condBr.condition()) {
            return false;
        }
        if (block == predBranch.trueDest()) replaceWithBranch(condBr, r, condBr.trueDest(), condBr.trueDestOperands());
        else replaceWithBranch(condBr, r, condBr.falseDest(), condBr.falseDestOperands());
        return true;
    }

    /**
     * Uses of the condition in a successor only this branch reaches see it as a constant: true in
     * the true destination, false in the false one.
     */
    static boolean truthPropagation(Operation op, PatternRewriter r) {
        CondBranchOp condBr = (CondBranchOp) op;
        boolean replaced = replaceUsesIn(condBr, r, condBr.trueDest(), true);
        replaced |= replaceUsesIn(condBr, r, condBr.falseDest(), false);
        return replaced;
    }

    private static boolean replaceUsesIn(CondBranchOp condBr, PatternRewriter r, Block dest, boolean value) {
        if (Successors.singlePredecessor(dest) == null) return false;
        Value condition = condBr.condition();
        List<OpOperand> uses = new ArrayList<>();
        for (OpOperand use : condition.uses()) if (use.owner().block() == dest) uses.add(use);
        if (uses.isEmpty()) return false;
        r.setInsertionPoint(condBr);
        Value constant = constant(r, condBr, value);
        for (OpOperand use : uses) r.modifyOpInPlace(use.owner(), () -> use.set(constant));
        return true;
    }

    private static void replaceWithBranch(CondBranchOp condBr, PatternRewriter r, Block dest, List<Value> operands) {
        r.setInsertionPoint(condBr);
        r.replaceOp(condBr, BranchOp.create(r, condBr.location(), dest, operands));
    }

    private static Value select(PatternRewriter r, CondBranchOp condBr, Value onTrue, Value onFalse) {
        OperationState state = new OperationState(r.context().operationName("arith.select"), condBr.location());
        state.operands.add(condBr.condition());
        state.operands.add(onTrue);
        state.operands.add(onFalse);
        state.resultTypes.add(onTrue.type());
        return r.create(state).result(0);
    }

    private static Value constant(PatternRewriter r, CondBranchOp condBr, boolean value) {
        OperationState state = new OperationState(r.context().operationName("arith.constant"), condBr.location());
        state.properties = DictionaryAttr.sorted(List.of(new NamedAttribute("value", IntegerAttr.bool(value))));
        state.resultTypes.add(condBr.condition().type());
        return r.create(state).result(0);
    }
}
