package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.EnumAttr;
import jmlir.ir.Operation;

/** The base of arith's op classes: access to properties by name. */
public abstract class ArithOp extends Operation {
    protected ArithOp(Init init) {
        super(init);
    }

    /** The property {@code name}, or null when it is not set. */
    protected final Attribute property(String name) {
        return properties() instanceof DictionaryAttr d ? d.get(name) : null;
    }

    /** An enum property such as {@code fastmath}, or null when absent or of another kind. */
    protected final EnumAttr enumProperty(String name) {
        return property(name) instanceof EnumAttr e ? e : null;
    }
}
