package jmlir.ir;

import java.util.List;

/** An attribute of an {@link AttrDef}: {@code #dialect.mnemonic<...>}. Extend it for a typed class ({@link AttrDef.Builder#factory}). */
public non-sealed class DefinedAttr extends Defined implements Attribute {
    public DefinedAttr(AttrDef def, List<Object> parameters) {
        super(def, parameters);
    }

    @Override
    public AttrDef definition() {
        return (AttrDef) super.definition();
    }
}
