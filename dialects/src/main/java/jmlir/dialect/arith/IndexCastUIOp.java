package jmlir.dialect.arith;

/** arith.index_castui: between index and integers, zero-extending or truncating. */
public final class IndexCastUIOp extends CastOp {
    public IndexCastUIOp(Init init) {
        super(init);
    }
}
