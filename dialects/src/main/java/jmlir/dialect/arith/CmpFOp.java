package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** arith.cmpf: floating-point comparison. */
public final class CmpFOp extends ArithOp {
    public CmpFOp(Init init) {
        super(init);
    }

    public Value lhs() {
        return operand(0);
    }

    public Value rhs() {
        return operand(1);
    }

    public OpResult result() {
        return result(0);
    }

    /** The predicate's keyword ({@code olt}). */
    public String predicate() {
        return property("predicate") instanceof IntegerAttr i ? Arith.CMPF_PREDICATE.stringify(i.value()) : null;
    }

    /** The fast-math flags (none by default). */
    public EnumAttr fastmath() {
        return enumProperty("fastmath");
    }
}
