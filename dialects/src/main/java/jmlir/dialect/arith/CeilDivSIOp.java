package jmlir.dialect.arith;

/** arith.ceildivsi: signed division rounding up. */
public final class CeilDivSIOp extends BinaryOp {
    public CeilDivSIOp(Init init) {
        super(init);
    }
}
