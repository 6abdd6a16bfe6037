package jmlir.ir;

import java.util.List;

/**
 * A location defined by a dialect ({@code loc(#dialect.mnemonic<...>)}), as an attribute
 * implementing MLIR's LocationAttrInterface: give its {@link AttrDef} the factory
 * {@code DefinedLocation::new}. It stands wherever a location may, and prints as the attribute
 * it is, wrapped in {@code loc( )} only in location positions.
 */
public final class DefinedLocation extends DefinedAttr implements Location {
    public DefinedLocation(AttrDef def, List<Object> parameters) {
        super(def, parameters);
    }
}
