package jmlir.dialect.arith;

/** arith.bitcast: reinterprets the bits as another type of the same width. */
public final class BitcastOp extends CastOp {
    public BitcastOp(Init init) {
        super(init);
    }
}
