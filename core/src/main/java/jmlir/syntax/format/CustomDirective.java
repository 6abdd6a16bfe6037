package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.UnresolvedOperand;

import java.util.List;

/**
 * The Java side of {@code custom<Name>(args...)} in a declarative format: it reads and writes
 * its part of the op itself. Arguments are addressed by their position in the directive:
 * {@code custom<DynamicIndexList>($dynamic, $static)} has argument 0 ({@code $dynamic}) and
 * argument 1 ({@code $static}). While parsing, the directive stores what it read for each
 * argument; {@code ref(...)} arguments give what earlier parts of the format read.
 */
public interface CustomDirective {
    void parse(OpAsmParser parser, ParseArgs args);

    /**
     * For a directive that starts an optional group ({@code (custom<X>(...)^ ...)?}): reads the
     * directive if present and says whether it was. By default it is always present.
     */
    default boolean parseOptional(OpAsmParser parser, ParseArgs args) {
        parse(parser, args);
        return true;
    }

    void print(OpAsmPrinter printer, Operation op, PrintArgs args);

    /** The arguments while parsing: setters for what the directive read, getters for refs. */
    interface ParseArgs {
        int size();

        /** A string argument ({@code "text"} in the format). */
        String string(int i);

        void setOperand(int i, UnresolvedOperand operand);

        void setOperands(int i, List<UnresolvedOperand> operands);

        void setType(int i, Type type);

        void setTypes(int i, List<Type> types);

        void setAttribute(int i, Attribute value);

        void setRegion(int i, List<Block> blocks);

        void setRegions(int i, List<List<Block>> regions);

        void setSuccessor(int i, Block block);

        void setSuccessors(int i, List<Block> blocks);

        /** For an {@code attr-dict} argument: adds attributes the directive read. */
        void addAttributes(List<NamedAttribute> attributes);

        /** Operands a {@code ref($x)} argument (or this directive, earlier) read. */
        List<UnresolvedOperand> operands(int i);

        /** Types a {@code ref(type($x))} argument read. */
        List<Type> types(int i);

        /** The attribute a {@code ref($attr)} argument read, or null. */
        Attribute attribute(int i);

        /** Whether regions read here hide the values defined outside the op (IsolatedFromAbove). */
        boolean regionsIsolated();
    }

    /** The arguments while printing: the op's current values for each argument. */
    interface PrintArgs {
        int size();

        String string(int i);

        /** A single operand; null for an absent optional one. */
        Value operand(int i);

        List<Value> operands(int i);

        /** The type of a single operand or result; null for an absent optional one. */
        Type type(int i);

        List<Type> types(int i);

        /** The attribute's value, or null. */
        Attribute attribute(int i);

        Region region(int i);

        List<Region> regions(int i);

        Block successor(int i);

        List<Block> successors(int i);

        /** For an {@code attr-dict} argument: the op's attributes and properties, merged. */
        DictionaryAttr attributes();
    }
}
