package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.BlockOperand;
import jmlir.ir.BuiltinDialect;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.ResourceHandle;
import jmlir.ir.StringAttr;
import jmlir.ir.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Prints operations as mlir-opt does: alias definitions, then the IR (generic form, or the
 * custom form of ops that have one), then location aliases used only by operations. The output
 * is a byte string: each char holds one byte.
 */
public final class OpPrinter {
    private final StringBuilder out;
    private final PrintOptions options;
    private final SsaNames names;
    private final Aliases aliases;
    private final AttrTypePrinter attrs;

    private OpPrinter(Operation root, PrintOptions options, StringBuilder out) {
        this.out = out;
        this.options = options;
        this.names = new SsaNames(root, options.uniqueIds());
        this.aliases = options.localScope ? Aliases.NONE : collectAliases(root);
        this.attrs = new AttrTypePrinter(out, options, aliases, new DistinctIds());
    }

    /**
     * Prints {@code root}, its aliases and the blobs of the resources it uses; the result ends
     * with a newline.
     */
    public static String print(Operation root, PrintOptions options) {
        return print(root, options, null);
    }

    /**
     * Like {@link #print(Operation, PrintOptions)}, and also prints the external resources of
     * {@code resources} (the table the input was read with; may be null) in the file metadata.
     */
    public static String print(Operation root, PrintOptions options, ResourceTable resources) {
        StringBuilder sb = new StringBuilder(1024);
        new OpPrinter(root, options, sb).printTopLevel(root, resources);
        return sb.toString();
    }

    private void printTopLevel(Operation root, ResourceTable resources) {
        for (Aliases.Entry e : aliases.sorted()) if (!e.deferrable) printAliasDefinition(e);
        printOperation(root, 0);
        out.append('\n');
        for (Aliases.Entry e : aliases.sorted()) if (e.deferrable) printAliasDefinition(e);
        LinkedHashSet<ResourceHandle> used = new LinkedHashSet<>(aliases.resourceUses);
        used.addAll(attrs.resourceUses);
        ElementsPrinter.printFileMetadata(out, used, resources, attrs);
    }

    private void printAliasDefinition(Aliases.Entry e) {
        if (e.value instanceof Type t) {
            out.append('!').append(e.name).append(" = ");
            attrs.printTypeWithoutAlias(t);
        } else {
            out.append('#').append(e.name).append(" = ");
            attrs.printAttributeWithoutAlias((Attribute) e.value, false);
        }
        out.append('\n');
    }

    // ---------------------------------------------------------------- aliases

    private Aliases collectAliases(Operation root) {
        Aliases table = new Aliases();
        Aliases.Collector c = table.collector();
        collect(root, c);
        return c.finish();
    }

    /** Visits an op's attributes and types in the order {@link #printOperation} prints them. */
    private void collect(Operation op, Aliases.Collector c) {
        if (options.debugInfo) c.visitAttribute(op.location(), true);
        if (!options.generic && isCustomModule(op)) {
            for (NamedAttribute e : moduleAttributes(op)) c.visitAttribute(e.value(), false);
            collectRegion(op.region(0), c);
            return;
        }
        if (op.properties() != null) c.visitAttribute(op.properties(), false);
        if (!options.skipRegions) {
            for (int i = 0; i < op.numRegions(); i++) collectRegion(op.region(i), c);
        }
        for (NamedAttribute e : op.attributes().entries()) c.visitAttribute(e.value(), false);
        for (int i = 0; i < op.numOperands(); i++) c.visitType(op.operand(i).type(), false);
        for (int i = 0; i < op.numResults(); i++) c.visitType(op.result(i).type(), false);
    }

    private void collectRegion(Region region, Aliases.Collector c) {
        for (Block b : region.blocks()) {
            for (BlockArgument a : b.arguments()) {
                c.visitType(a.type(), false);
                if (options.debugInfo) c.visitAttribute(a.location(), false);
            }
            for (Operation op : b) collect(op, c);
        }
    }

    // ---------------------------------------------------------------- operations

    private void indent(int n) {
        for (int i = 0; i < n; i++) out.append(' ');
    }

    private void printOperation(Operation op, int indent) {
        if (op.numResults() > 0) {
            out.append(names.resultGroupName(op));
            if (op.numResults() > 1) out.append(':').append(op.numResults());
            out.append(" = ");
        }
        if (!options.generic && isCustomModule(op)) printCustomModule(op, indent);
        else printGeneric(op, indent);
        if (options.debugInfo) {
            out.append(' ');
            attrs.printLocation(op.location(), true);
        }
    }

    private void printGeneric(Operation op, int indent) {
        attrs.printString(op.name().name());
        out.append('(');
        for (int i = 0; i < op.numOperands(); i++) {
            if (i > 0) out.append(", ");
            out.append(names.nameOf(op.operand(i)));
        }
        out.append(')');
        if (op.numSuccessors() > 0) {
            out.append('[');
            for (int i = 0; i < op.numSuccessors(); i++) {
                if (i > 0) out.append(", ");
                printBlockName(op.successor(i));
            }
            out.append(']');
        }
        if (op.properties() != null) {
            out.append(" <");
            attrs.printAttribute(op.properties());
            out.append('>');
        }
        if (op.numRegions() > 0) {
            out.append(" (");
            for (int i = 0; i < op.numRegions(); i++) {
                if (i > 0) out.append(", ");
                printRegion(op.region(i), indent, true);
            }
            out.append(')');
        }
        if (!op.attributes().isEmpty()) {
            out.append(' ');
            attrs.printAttribute(op.attributes());
        }
        out.append(" : (");
        for (int i = 0; i < op.numOperands(); i++) {
            if (i > 0) out.append(", ");
            attrs.printType(op.operand(i).type());
        }
        out.append(") -> ");
        List<Type> results = new ArrayList<>(op.numResults());
        for (int i = 0; i < op.numResults(); i++) results.add(op.result(i).type());
        attrs.printFunctionResults(results);
    }

    /** Prints {@code {...}} with its blocks; ops are indented two more than {@code indent}. */
    private void printRegion(Region region, int indent, boolean printEntryArgs) {
        out.append('{');
        if (options.skipRegions) {
            out.append("...}");
            return;
        }
        out.append('\n');
        List<Block> blocks = region.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean header = i > 0 || (printEntryArgs && b.numArguments() > 0) || b.isEmpty();
            if (header) printBlockHeader(b, indent);
            for (Operation op : b) {
                indent(indent + 2);
                printOperation(op, indent + 2);
                out.append('\n');
            }
        }
        indent(indent);
        out.append('}');
    }

    private void printBlockName(Block b) {
        out.append("^bb").append(names.blockId(b));
    }

    private void printBlockHeader(Block b, int indent) {
        indent(indent);
        printBlockName(b);
        if (b.numArguments() > 0) {
            out.append('(');
            for (int i = 0; i < b.numArguments(); i++) {
                if (i > 0) out.append(", ");
                BlockArgument a = b.argument(i);
                out.append(names.nameOf(a)).append(": ");
                attrs.printType(a.type());
                if (options.debugInfo) {
                    out.append(' ');
                    attrs.printLocation(a.location(), false);
                }
            }
            out.append(')');
        }
        out.append(':');
        printPredecessorComment(b);
        out.append('\n');
    }

    private void printPredecessorComment(Block b) {
        if (b.parent() == null) {
            out.append("  // block is not in a region!");
            return;
        }
        if (!b.hasPredecessors()) {
            if (!b.isEntryBlock()) out.append("  // no predecessors");
            return;
        }
        List<Block> preds = new ArrayList<>();
        for (BlockOperand use : b.predecessorUses()) preds.add(use.owner().block());
        boolean single = true;
        for (Block p : preds) if (p != preds.get(0)) single = false;
        if (single) {
            out.append("  // pred: ");
            printBlockName(preds.get(0));
            return;
        }
        preds.sort((x, y) -> Integer.compare(names.blockId(x), names.blockId(y)));
        out.append("  // ").append(preds.size()).append(" preds: ");
        for (int i = 0; i < preds.size(); i++) {
            if (i > 0) out.append(", ");
            printBlockName(preds.get(i));
        }
    }

    // ---------------------------------------------------------------- builtin.module custom form

    private static boolean isCustomModule(Operation op) {
        return op.name().name().equals(BuiltinDialect.MODULE) && op.numRegions() == 1 && op.numOperands() == 0
                && op.numResults() == 0 && op.region(0).blocks().size() == 1
                && op.region(0).entryBlock().numArguments() == 0
                && (op.properties() == null || op.properties() instanceof DictionaryAttr);
    }

    private static Attribute moduleProperty(Operation op, String name) {
        return op.properties() instanceof DictionaryAttr d ? d.get(name) : null;
    }

    /** Attributes printed after {@code attributes}: discardable ones plus unknown properties. */
    private static List<NamedAttribute> moduleAttributes(Operation op) {
        List<NamedAttribute> list = new ArrayList<>();
        if (op.properties() instanceof DictionaryAttr d) {
            for (NamedAttribute e : d.entries()) {
                if (!e.name().equals("sym_name") && !e.name().equals("sym_visibility")) list.add(e);
            }
        }
        list.addAll(op.attributes().entries());
        return list;
    }

    private void printCustomModule(Operation op, int indent) {
        out.append("module");
        if (moduleProperty(op, "sym_visibility") instanceof StringAttr v) out.append(' ').append(v.value());
        if (moduleProperty(op, "sym_name") instanceof StringAttr name) {
            out.append(' ');
            attrs.printSymbolName(name.value());
        }
        List<NamedAttribute> extra = moduleAttributes(op);
        if (!extra.isEmpty()) {
            out.append(" attributes {");
            attrs.printDictionaryEntries(DictionaryAttr.sorted(extra).entries());
            out.append('}');
        }
        out.append(' ');
        Block body = op.region(0).entryBlock();
        out.append('{');
        if (options.skipRegions) {
            out.append("...}");
            return;
        }
        out.append('\n');
        for (Operation nested : body) {
            indent(indent + 2);
            printOperation(nested, indent + 2);
            out.append('\n');
        }
        indent(indent);
        out.append('}');
    }
}
