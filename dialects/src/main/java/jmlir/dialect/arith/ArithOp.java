package jmlir.dialect.arith;

import jmlir.ir.EnumAttr;
import jmlir.ir.Operation;

/** The base of arith's op classes: access to enum properties by name. */
public abstract class ArithOp extends Operation {
    protected ArithOp(Init init) {
        super(init);
    }

    /** An enum property such as {@code fastmath}, or null when absent or of another kind. */
    protected final EnumAttr enumProperty(String name) {
        return property(name) instanceof EnumAttr e ? e : null;
    }
}
