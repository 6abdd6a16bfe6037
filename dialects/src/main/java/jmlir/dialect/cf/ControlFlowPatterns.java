package jmlir.dialect.cf;

import jmlir.ir.Attribute;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Value;
import jmlir.numeric.APInt;
import jmlir.rewrite.Folding;
import jmlir.rewrite.RewritePattern;

import java.util.List;

/** The canonicalization patterns of the cf ops, in mlir-opt 22's order. */
final class ControlFlowPatterns {
    private ControlFlowPatterns() {
    }

    static List<RewritePattern> forAssert() {
        return List.of(RewritePattern.of("AssertOp::canonicalize", AssertOp.NAME, 1, (op, r) -> {
            // An assertion of the constant true always holds.
            APInt condition = constantInt(op.operand(0));
            if (condition == null || !condition.isOne()) return false;
            r.eraseOp(op);
            return true;
        }));
    }

    static List<RewritePattern> forBranch() {
        return List.of(RewritePattern.of("BranchOp::canonicalize", BranchOp.NAME, 1, BranchPatterns::canonicalize));
    }

    static List<RewritePattern> forCondBranch() {
        return List.of(
                RewritePattern.of("SimplifyConstCondBranchPred", CondBranchOp.NAME, 1,
                        CondBranchPatterns::constantCondition),
                RewritePattern.of("SimplifyPassThroughCondBranch", CondBranchOp.NAME, 1,
                        CondBranchPatterns::passThrough),
                RewritePattern.of("SimplifyCondBranchIdenticalSuccessors", CondBranchOp.NAME, 1,
                        CondBranchPatterns::identicalSuccessors),
                RewritePattern.of("SimplifyCondBranchFromCondBranchOnSameCondition", CondBranchOp.NAME, 1,
                        CondBranchPatterns::fromCondBranchOnSameCondition),
                RewritePattern.of("CondBranchTruthPropagation", CondBranchOp.NAME, 1,
                        CondBranchPatterns::truthPropagation));
    }

    static List<RewritePattern> forSwitch() {
        return List.of(
                RewritePattern.of("simplifySwitchWithOnlyDefault", SwitchOp.NAME, 1, SwitchPatterns::onlyDefault),
                RewritePattern.of("dropSwitchCasesThatMatchDefault", SwitchOp.NAME, 1,
                        SwitchPatterns::dropCasesMatchingDefault),
                RewritePattern.of("simplifyConstSwitchValue", SwitchOp.NAME, 1, SwitchPatterns::constantFlag),
                RewritePattern.of("simplifyPassThroughSwitch", SwitchOp.NAME, 1, SwitchPatterns::passThrough),
                RewritePattern.of("simplifySwitchFromSwitchOnSameCondition", SwitchOp.NAME, 1,
                        SwitchPatterns::fromSwitchOnSameCondition),
                RewritePattern.of("simplifySwitchFromDefaultSwitchOnSameCondition", SwitchOp.NAME, 1,
                        SwitchPatterns::fromDefaultOfSwitchOnSameCondition));
    }

    /** m_ConstantInt: the value of an integer constant, else null. */
    static APInt constantInt(Value v) {
        Attribute a = Folding.constantValue(v);
        if (!(a instanceof IntegerAttr i)) return null;
        int width = IntegerAttr.widthOf(i.type());
        return i.wide() == null ? APInt.of(width, i.value()) : APInt.of(width, i.wide());
    }
}
