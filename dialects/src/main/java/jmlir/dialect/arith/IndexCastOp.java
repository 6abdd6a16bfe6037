package jmlir.dialect.arith;

/** arith.index_cast: between index and integers, sign-extending or truncating. */
public final class IndexCastOp extends CastOp {
    public IndexCastOp(Init init) {
        super(init);
    }
}
