package jmlir.transform;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolTable;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassOption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code symbol-privatize}: makes the symbols directly inside the op private, except those excluded. */
public final class SymbolPrivatize extends Pass {
    private final PassOption<List<String>> exclude = option(PassOption.list("exclude",
            "Comma separated list of symbols that should not be marked private"));

    @Override
    public String argument() {
        return "symbol-privatize";
    }

    @Override
    public String name() {
        return "SymbolPrivatize";
    }

    @Override
    public String description() {
        return "Mark symbols private";
    }

    @Override
    public void run(Operation op, PassContext context) {
        Set<String> excluded = new HashSet<>(exclude.get());
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            for (Block block : region.blocks()) {
                for (Operation nested : block) {
                    if (SymbolTable.isSymbol(nested) && !excluded.contains(SymbolTable.nameOf(nested))) {
                        setAttribute(nested, SymbolTable.VISIBILITY, StringAttr.of("private"));
                    }
                }
            }
        }
    }

    /** Sets an attribute among the op's properties when its definition has it there, else among its attributes. */
    static void setAttribute(Operation op, String name, Attribute value) {
        OpDef def = op.name().definition();
        if (def != null && def.isProperty(name)) {
            DictionaryAttr props = op.properties() instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
            op.setProperties(with(props, name, value));
        } else {
            op.setAttributes(with(op.attributes(), name, value));
        }
    }

    private static DictionaryAttr with(DictionaryAttr dict, String name, Attribute value) {
        List<NamedAttribute> entries = new ArrayList<>();
        for (NamedAttribute e : dict.entries()) if (!e.name().equals(name)) entries.add(e);
        entries.add(new NamedAttribute(name, value));
        return DictionaryAttr.sorted(entries);
    }
}
