package jmlir.dialect.test;

import jmlir.ir.ArrayAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.StringAttr;
import jmlir.ir.TypeConstraint;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code test.string_attr_pretty_name}: i32 results named after the strings of its {@code names}
 * property. In custom syntax the names come from the SSA names the results are bound to
 * ({@code %x = test.string_attr_pretty_name}), and {@code names} is printed only when the printed
 * names differ from it.
 */
final class StringAttrPrettyNameOp {
    static final String NAME = "test.string_attr_pretty_name";
    static final AttrConstraint STRING_ARRAY = AttrConstraint.ofKind("string array attribute",
            a -> a instanceof ArrayAttr, a -> ((ArrayAttr) a).elements().stream().allMatch(e -> e instanceof StringAttr),
            null);

    private StringAttrPrettyNameOp() {
    }

    static OpDef definition() {
        return OpDef.builder(NAME)
                .property("names", STRING_ARRAY)
                .variadicResult("r", TypeConstraint.I32)
                .assembly(new Syntax())
                .resultNames((op, setName) -> {
                    List<Attribute> names = names(op);
                    for (int i = 0; i < op.numResults() && i < names.size(); i++) {
                        if (names.get(i) instanceof StringAttr s && !s.value().isEmpty()) setName.accept(op.result(i), s.value());
                    }
                })
                .build();
    }

    private static List<Attribute> names(Operation op) {
        return op.property("names") instanceof ArrayAttr a ? a.elements() : List.of();
    }

    /** {@code attributes {...}}, with {@code names} taken from the bound result names when absent. */
    private static final class Syntax implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            List<NamedAttribute> attributes = new ArrayList<>();
            parser.parseOptionalAttrDictWithKeyword(attributes);
            boolean hasNames = attributes.stream().anyMatch(a -> a.name().equals("names"));
            int results = parser.numResults();
            for (int i = 0; i < results; i++) state.resultTypes.add(IntegerType.I32);
            if (!hasNames && results > 0) {
                List<Attribute> names = new ArrayList<>(results);
                for (int i = 0; i < results; i++) {
                    String name = parser.resultName(i);
                    boolean numbered = !name.isEmpty() && Character.isDigit(name.charAt(0));
                    names.add(parser.context().intern(StringAttr.of(numbered ? "" : name)));
                }
                attributes.add(new NamedAttribute("names", parser.context().intern(new ArrayAttr(names))));
            }
            state.attributes.addAll(attributes);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            List<Attribute> names = names(op);
            boolean disagree = names.size() != op.numResults();
            for (int i = 0; i < op.numResults() && !disagree; i++) {
                disagree = !(names.get(i) instanceof StringAttr s && s.value().equals(printer.nameOf(op.result(i))));
            }
            if (disagree) printer.printOptionalAttrDictWithKeyword(op.allAttributes(), Set.of());
            else printer.printOptionalAttrDictWithKeyword(op.attributes().entries(), Set.of());
        }
    }
}
