package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.PatternRewriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The canonicalization patterns of {@code cf.switch}. */
final class SwitchPatterns {
    private SwitchPatterns() {
    }

    /** A switch with only a default destination is a plain branch there. */
    static boolean onlyDefault(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        if (sw.numCases() != 0) return false;
        replaceWithBranch(sw, r, sw.defaultDestination(), sw.defaultOperands());
        return true;
    }

    /** Cases going where the default goes, with the same operands, are dropped. */
    static boolean dropCasesMatchingDefault(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        List<Value> defaultOperands = sw.defaultOperands();
        List<SwitchOp.Case> kept = new ArrayList<>();
        boolean changed = false;
        List<APInt> values = sw.caseValues();
        for (int i = 0; i < values.size(); i++) {
            if (sw.caseDestination(i) == sw.defaultDestination() && sw.caseOperands(i).equals(defaultOperands)) {
                changed = true;
                continue;
            }
            kept.add(caseOf(sw, i, values.get(i)));
        }
        if (!changed) return false;
        replaceWithSwitch(sw, r, sw.defaultDestination(), defaultOperands, kept);
        return true;
    }

    /** A switch on a constant is a branch to the matching case, or to the default. */
    static boolean constantFlag(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        APInt flag = ControlFlowPatterns.constantInt(sw.flag());
        if (flag == null) return false;
        branchToCase(sw, r, flag);
        return true;
    }

    /** Destinations that only branch on elsewhere are replaced by where they branch to. */
    static boolean passThrough(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        List<APInt> values = sw.caseValues();
        List<SwitchOp.Case> cases = new ArrayList<>(values.size());
        boolean changed = false;
        for (int i = 0; i < values.size(); i++) {
            Successors.Target target = new Successors.Target(sw.caseDestination(i), sw.caseOperands(i));
            Successors.Target collapsed = Successors.collapse(target);
            changed |= collapsed != null;
            if (collapsed == null) collapsed = target;
            cases.add(new SwitchOp.Case(values.get(i), collapsed.block(), collapsed.operands()));
        }
        Successors.Target onDefault = new Successors.Target(sw.defaultDestination(), sw.defaultOperands());
        Successors.Target newDefault = Successors.collapse(onDefault);
        changed |= newDefault != null;
        if (!changed) return false;
        if (newDefault == null) newDefault = onDefault;
        replaceWithSwitch(sw, r, newDefault.block(), newDefault.operands(), cases);
        return true;
    }

    /**
     * In a case destination of a switch on the same flag (its only predecessor), the flag is
     * known: the value of the case that leads here, or one of no case of that switch.
     */
    static boolean fromSwitchOnSameCondition(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        SwitchOp pred = predecessorSwitchOnSameFlag(sw);
        Block block = sw.block();
        if (pred == null || pred.defaultDestination() == block) return false;
        for (int i = 0; i < pred.numCases(); i++) {
            if (pred.caseDestination(i) == block) {
                branchToCase(sw, r, pred.caseValue(i));
                return true;
            }
        }
        replaceWithBranch(sw, r, sw.defaultDestination(), sw.defaultOperands());
        return true;
    }

    /**
     * In the default destination of a switch on the same flag (its only predecessor), the flag
     * is none of the values whose cases go elsewhere: those cases are dropped.
     */
    static boolean fromDefaultOfSwitchOnSameCondition(Operation op, PatternRewriter r) {
        SwitchOp sw = (SwitchOp) op;
        SwitchOp pred = predecessorSwitchOnSameFlag(sw);
        Block block = sw.block();
        if (pred == null || pred.defaultDestination() != block) return false;
        Set<APInt> impossible = new HashSet<>();
        List<APInt> predValues = pred.caseValues();
        for (int i = 0; i < predValues.size(); i++) {
            if (pred.caseDestination(i) != block) impossible.add(predValues.get(i));
        }
        List<SwitchOp.Case> kept = new ArrayList<>();
        boolean changed = false;
        List<APInt> values = sw.caseValues();
        for (int i = 0; i < values.size(); i++) {
            if (impossible.contains(values.get(i))) {
                changed = true;
                continue;
            }
            kept.add(caseOf(sw, i, values.get(i)));
        }
        if (!changed) return false;
        replaceWithSwitch(sw, r, sw.defaultDestination(), sw.defaultOperands(), kept);
        return true;
    }

    /** The switch ending the single predecessor of {@code sw}'s block, when it switches on the same flag. */
    private static SwitchOp predecessorSwitchOnSameFlag(SwitchOp sw) {
        Block predecessor = Successors.singlePredecessor(sw.block());
        if (predecessor == null || !(predecessor.terminator() instanceof SwitchOp pred)) return null;
        return pred.flag() == sw.flag() ? pred : null;
    }

    /** Replaces the switch by a branch to the first case of value {@code value}, or to the default. */
    private static void branchToCase(SwitchOp sw, PatternRewriter r, APInt value) {
        List<APInt> values = sw.caseValues();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) {
                replaceWithBranch(sw, r, sw.caseDestination(i), sw.caseOperands(i));
                return;
            }
        }
        replaceWithBranch(sw, r, sw.defaultDestination(), sw.defaultOperands());
    }

    private static SwitchOp.Case caseOf(SwitchOp sw, int i, APInt value) {
        return new SwitchOp.Case(value, sw.caseDestination(i), sw.caseOperands(i));
    }

    private static void replaceWithBranch(SwitchOp sw, PatternRewriter r, Block dest, List<Value> operands) {
        r.setInsertionPoint(sw);
        r.replaceOp(sw, BranchOp.create(r, sw.location(), dest, operands));
    }

    private static void replaceWithSwitch(SwitchOp sw, PatternRewriter r, Block defaultDest,
                                          List<Value> defaultOperands, List<SwitchOp.Case> cases) {
        r.setInsertionPoint(sw);
        r.replaceOp(sw, SwitchOp.create(r, sw.location(), sw.flag(), defaultDest, defaultOperands, cases));
    }
}
