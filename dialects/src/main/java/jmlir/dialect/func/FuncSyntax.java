package jmlir.dialect.func;

import jmlir.ir.Attribute;
import jmlir.ir.FunctionType;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.Type;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TypePrinting;

/** Pieces of the func ops' syntax that check what kind of attribute or type they read. */
final class FuncSyntax {
    private FuncSyntax() {
    }

    /** {@code @name}: a symbol reference without nested references. */
    static SymbolRefAttr parseFlatSymbolRef(OpAsmParser parser) {
        int at = parser.currentOffset();
        Attribute attr = parser.parseAttribute(null);
        if (attr instanceof SymbolRefAttr ref && ref.nested().isEmpty()) return ref;
        throw parser.emitError(at, "invalid kind of attribute specified");
    }

    /** A type that must be a function type. */
    static FunctionType parseFunctionType(OpAsmParser parser) {
        int at = parser.currentOffset();
        Type type = parser.parseType();
        if (type instanceof FunctionType f) return f;
        throw parser.emitError(at, "invalid kind of type specified: expected builtin.function, but found '"
                + TypePrinting.toString(type) + "'");
    }
}
