package jmlir.dialect.arith;

import jmlir.ir.IntegerAttr;
import jmlir.ir.OpResult;
import jmlir.ir.Value;

/** arith.cmpi: integer comparison. */
public final class CmpIOp extends ArithOp {
    public CmpIOp(Init init) {
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

    /** The predicate's keyword ({@code slt}). */
    public String predicate() {
        return property("predicate") instanceof IntegerAttr i ? Arith.CMPI_PREDICATE.stringify(i.value()) : null;
    }
}
