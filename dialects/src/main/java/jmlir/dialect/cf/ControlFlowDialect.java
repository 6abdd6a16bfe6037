package jmlir.dialect.cf;

import jmlir.ir.Dialect;

/**
 * The {@code cf} dialect: unstructured control flow between the blocks of a region
 * ({@code cf.br}, {@code cf.cond_br}, {@code cf.switch}) and {@code cf.assert}, with mlir-opt
 * 22's syntax, checks and canonicalization patterns.
 */
public final class ControlFlowDialect extends Dialect {
    public static final String NAMESPACE = "cf";

    public ControlFlowDialect() {
        super(NAMESPACE);
        // Each definition is made when its op is first used (class initialisation builds it).
        addOperation(AssertOp.NAME, () -> AssertOp.DEFINITION);
        addOperation(BranchOp.NAME, () -> BranchOp.DEFINITION);
        addOperation(CondBranchOp.NAME, () -> CondBranchOp.DEFINITION);
        addOperation(SwitchOp.NAME, () -> SwitchOp.DEFINITION);
    }
}
