package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.List;
import java.util.Set;

/**
 * What custom op syntax writes with. The same calls also drive alias collection (a first pass
 * that records the attributes and types in the order they print), so an {@link OpAssembly}
 * must print through this interface only.
 */
public interface OpAsmPrinter {
    /** Writes text as is (keywords, punctuation, spaces). */
    OpAsmPrinter print(String text);

    /** Ends the line and indents the next one as deep as the op being printed. */
    void printNewline();

    void printOperand(Value value);

    /**
     * The name {@code value} is printed with, without its {@code %} ({@code x}, {@code 0},
     * {@code y#1}); empty while aliases are being collected, before names are given.
     */
    String nameOf(Value value);

    /** Operands separated by ", ". */
    void printOperands(List<Value> values);

    void printType(Type type);

    /** Types separated by ", ". */
    void printTypes(List<Type> types);

    /** Function results after {@code ->}: a single non-function type bare, else parenthesised. */
    void printFunctionResults(List<Type> results);

    void printAttribute(Attribute attr);

    /** An attribute without its {@code : type} suffix (for literals whose type prints elsewhere). */
    void printAttributeWithoutType(Attribute attr);

    /** {@code  {name = value, ...}} with a leading space, unless empty once {@code elided} names are left out. */
    void printOptionalAttrDict(List<NamedAttribute> attrs, Set<String> elided);

    /** Like {@link #printOptionalAttrDict} but introduced by {@code  attributes}. */
    void printOptionalAttrDictWithKeyword(List<NamedAttribute> attrs, Set<String> elided);

    /**
     * {@code {...}} with the region's blocks; the entry block's label and arguments are printed
     * only when asked, and terminators may be left implicit.
     */
    void printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators);

    void printSuccessor(Block block);

    /** {@code @name}, quoted when it is not a bare identifier. */
    void printSymbolName(String name);

    /**
     * A region's argument written by the op's own syntax without its type ({@code %i} of a loop),
     * followed by its location when debug info is printed (MLIR's printRegionArgument with the
     * type omitted).
     */
    void printRegionArgumentName(BlockArgument argument);

    /**
     * {@code loc(...)} for {@code location}, preceded by a space, when debug info is printed;
     * nothing otherwise (MLIR's printOptionalLocationSpecifier).
     */
    void printOptionalLocationSpecifier(jmlir.ir.Location location);

    /**
     * Takes what {@code owner} last left with {@link #keepSpare} in this printer, or null: the
     * printer's counterpart of {@link OpAsmParser#takeSpare}, for working space reused from one
     * printed op to the next.
     */
    default Object takeSpare(Object owner) {
        return null;
    }

    /** Leaves {@code spare} for the next op {@code owner} prints with this printer. */
    default void keepSpare(Object owner, Object spare) {
    }

    /** A block argument as in a signature: {@code %arg0: type} (and its location with debug info). */
    default void printArgument(BlockArgument argument) {
        printArgument(argument, DictionaryAttr.EMPTY);
    }

    /** {@code %arg0: type {attributes}}, the dictionary left out when empty, then the location with debug info. */
    void printArgument(BlockArgument argument, DictionaryAttr attributes);
}
