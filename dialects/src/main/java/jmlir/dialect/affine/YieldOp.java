package jmlir.dialect.affine;

import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;

/**
 * {@code affine.yield}: ends the body of an {@code affine.for} or a branch of an
 * {@code affine.if}, passing its operands to the parent's results (or the loop's next
 * iteration). Without operands it is left out of the custom syntax.
 * Syntax: {@code affine.yield %a, %b : f32, index}.
 */
public final class YieldOp extends Operation {
    public static final String NAME = "affine.yield";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .traits(Trait.PURE, Trait.TERMINATOR, Trait.RETURN_LIKE)
            .verifier(YieldOp::verify)
            .format("attr-dict ($operands^ `:` type($operands))?")
            .factory(YieldOp::new)
            .build();

    public YieldOp(Init init) {
        super(init);
    }

    private static String verify(Operation op) {
        Operation parent = op.parentOp();
        if (!(parent instanceof ForOp || parent instanceof IfOp || parent instanceof ParallelOp)) {
            return "only terminates affine.if/for/parallel regions";
        }
        if (parent.numResults() != op.numOperands()) {
            return "parent of yield must have same number of results as the yield operands";
        }
        for (int i = 0; i < op.numOperands(); i++) {
            if (!parent.result(i).type().equals(op.operand(i).type())) {
                return "types mismatch between yield op and its parent";
            }
        }
        return null;
    }
}
