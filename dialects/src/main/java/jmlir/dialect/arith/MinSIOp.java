package jmlir.dialect.arith;

/** arith.minsi: signed minimum. */
public final class MinSIOp extends BinaryOp {
    public MinSIOp(Init init) {
        super(init);
    }
}
