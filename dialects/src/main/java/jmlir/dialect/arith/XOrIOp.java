package jmlir.dialect.arith;

/** arith.xori: bitwise exclusive or. */
public final class XOrIOp extends BinaryOp {
    public XOrIOp(Init init) {
        super(init);
    }
}
