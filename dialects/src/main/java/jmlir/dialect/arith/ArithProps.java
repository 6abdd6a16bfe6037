package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.EnumAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;

import java.util.ArrayList;
import java.util.List;

/** Reading and writing the properties the integer folders and patterns care about. */
final class ArithProps {
    static final long NSW = 1;
    static final long NUW = 2;

    private ArithProps() {
    }

    /** The overflow flags of an op that has them (none when absent). */
    static long overflowFlags(Operation op) {
        return op.property("overflowFlags") instanceof EnumAttr e ? e.value() : 0;
    }

    static EnumAttr overflowAttr(long flags) {
        return Arith.OVERFLOW.get(flags);
    }

    /** The predicate of an arith.cmpi, as its enum value ({@code eq} is 0). */
    static int cmpiPredicate(Operation op) {
        return op.property("predicate") instanceof IntegerAttr i ? (int) i.value() : -1;
    }

    static IntegerAttr cmpiPredicateAttr(int predicate) {
        return new IntegerAttr(IntegerType.I64, predicate, null);
    }

    /** {@code op}'s properties with {@code name} set to {@code value}. */
    static DictionaryAttr with(Operation op, String name, Attribute value) {
        List<NamedAttribute> entries = new ArrayList<>();
        if (op.properties() instanceof DictionaryAttr d) {
            for (NamedAttribute e : d.entries()) if (!e.name().equals(name)) entries.add(e);
        }
        entries.add(new NamedAttribute(name, value));
        return DictionaryAttr.sorted(entries);
    }

    /** A properties dictionary of one entry. */
    static DictionaryAttr of(String name, Attribute value) {
        return DictionaryAttr.sorted(List.of(new NamedAttribute(name, value)));
    }
}
