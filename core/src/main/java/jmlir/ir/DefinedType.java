package jmlir.ir;

import java.util.List;

/** A type of a {@link TypeDef}: {@code !dialect.mnemonic<...>}. Extend it for a typed class ({@link TypeDef.Builder#factory}). */
public non-sealed class DefinedType extends Defined implements Type {
    public DefinedType(TypeDef def, List<Object> parameters) {
        super(def, parameters);
    }

    @Override
    public TypeDef definition() {
        return (TypeDef) super.definition();
    }
}
