package jmlir.dialect.arith;

/** arith.ceildivui: unsigned division rounding up. */
public final class CeilDivUIOp extends BinaryOp {
    public CeilDivUIOp(Init init) {
        super(init);
    }
}
