package jmlir.dialect.cf;

import jmlir.ir.Block;
import jmlir.ir.Location;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.rewrite.Builder;

import java.util.ArrayList;
import java.util.List;

/** {@code cf.br ^dest(%a, %b : i32, f32)}: jumps to {@code dest}, passing its operands as the block's arguments. */
public final class BranchOp extends Operation {
    public static final String NAME = "cf.br";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("destOperands", TypeConstraint.ANY)
            .successor("dest")
            .traits(Trait.PURE, Trait.TERMINATOR)
            .branch("destOperands")
            .canonicalizations(ControlFlowPatterns::forBranch)
            .format("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict")
            .factory(BranchOp::new)
            .build();

    public BranchOp(Init init) {
        super(init);
    }

    public Block dest() {
        return successor(0);
    }

    /** The values passed to the destination's arguments. */
    public List<Value> destOperands() {
        List<Value> values = new ArrayList<>(numOperands());
        for (int i = 0; i < numOperands(); i++) values.add(operand(i));
        return values;
    }

    /** Creates {@code cf.br dest(operands)} at the builder's insertion point. */
    public static BranchOp create(Builder builder, Location location, Block dest, List<Value> operands) {
        OperationState state = new OperationState(builder.context().operationName(NAME), location);
        state.operands.addAll(operands);
        state.successors.add(dest);
        return (BranchOp) builder.create(state);
    }
}
