package jmlir.syntax;

import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.StringAttr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code module @name attributes {...} { ... }}: the custom syntax of {@code builtin.module}. */
public final class ModuleSyntax implements OpAssembly {
    private static final Set<String> PROPERTIES = Set.of("sym_name", "sym_visibility");

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        List<NamedAttribute> properties = new ArrayList<>();
        if (parser.atSymbolName()) {
            properties.add(new NamedAttribute("sym_name", StringAttr.of(parser.parseSymbolName())));
        }
        List<NamedAttribute> attributes = new ArrayList<>();
        parser.parseOptionalAttrDictWithKeyword(attributes);
        for (NamedAttribute e : attributes) {
            if (PROPERTIES.contains(e.name())) properties.add(e);
            else state.attributes.add(e);
        }
        if (!properties.isEmpty()) state.properties = parser.context().intern(DictionaryAttr.sorted(properties));
        List<Block> body = parser.parseRegion(List.of(), true);
        // A module always has its body block, even when written as {}.
        if (body.isEmpty()) body.add(new Block());
        state.regions.add(body);
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        List<NamedAttribute> shown = new ArrayList<>();
        if (op.properties() instanceof DictionaryAttr props) {
            if (props.get("sym_name") instanceof StringAttr name) {
                printer.print(" ");
                printer.printSymbolName(name.value());
            }
            shown.addAll(props.entries());
        }
        shown.addAll(op.attributes().entries());
        printer.printOptionalAttrDictWithKeyword(DictionaryAttr.sorted(shown).entries(), Set.of("sym_name"));
        printer.print(" ");
        printer.printRegion(op.region(0), false, false);
    }
}
