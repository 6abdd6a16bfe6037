package jmlir.dialect.arith;

/** arith.minui: unsigned minimum. */
public final class MinUIOp extends BinaryOp {
    public MinUIOp(Init init) {
        super(init);
    }
}
