package jmlir.syntax;

import jmlir.ir.Defined;

/**
 * How a {@link jmlir.ir.TypeDef} or {@link jmlir.ir.AttrDef} is written after its
 * {@code !dialect.mnemonic} prefix: a compiled declarative format
 * ({@link jmlir.syntax.format.DefFormat}) or Java hooks.
 */
public interface AttrOrTypeAssembly {
    /**
     * Reads the body into one value per parameter of the definition (null for an absent optional
     * one), failing with a {@link ParseException}.
     */
    Object[] parse(OpAsmParser parser);

    void print(Defined value, DialectAsmPrinter printer);
}
