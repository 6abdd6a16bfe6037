package jmlir.dialect.arith;

/** arith.floordivsi: signed division rounding down. */
public final class FloorDivSIOp extends BinaryOp {
    public FloorDivSIOp(Init init) {
        super(init);
    }
}
