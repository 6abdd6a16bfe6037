package jmlir.dialect.cf;

import jmlir.ir.AttrConstraint;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

/**
 * {@code cf.assert %cond, "message"}: aborts with the message when the condition is false. It
 * writes memory (so it is never erased as dead), unless its condition is the constant true.
 */
public final class AssertOp extends Operation {
    public static final String NAME = "cf.assert";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("arg", TypeConstraint.I1)
            .property("msg", AttrConstraint.STRING)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, null)))
            .canonicalizations(ControlFlowPatterns::forAssert)
            .format("$arg `,` $msg attr-dict")
            .factory(AssertOp::new)
            .build();

    public AssertOp(Init init) {
        super(init);
    }

    /** The asserted condition. */
    public Value arg() {
        return operand(0);
    }

    public String msg() {
        return ((StringAttr) property("msg")).value();
    }
}
