package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Type;

/**
 * The syntax of a dialect attribute that has a type ({@code #dialect.mnemonic<...> : type}), as
 * MLIR's typed attributes whose type is a parameter: the type comes from the context (an
 * elements literal's type) or is written after the body.
 */
public interface TypedAttrSyntax extends AttrSyntax {
    /**
     * Reads the body after the mnemonic, then {@code : type} unless {@code type} (the type the
     * context gives) is not null.
     */
    Attribute parse(OpAsmParser parser, String mnemonic, Type type);

    @Override
    default Attribute parse(OpAsmParser parser, String attrName) {
        return parse(parser, attrName, null);
    }
}
