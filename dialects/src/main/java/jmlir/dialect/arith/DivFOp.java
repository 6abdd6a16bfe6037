package jmlir.dialect.arith;

/** arith.divf: floating-point division. */
public final class DivFOp extends FloatBinaryOp {
    public DivFOp(Init init) {
        super(init);
    }
}
