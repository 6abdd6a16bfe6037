package jmlir.syntax;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.BlockOperand;
import jmlir.ir.Location;
import jmlir.ir.OpDef;
import jmlir.ir.Trait;
import jmlir.ir.Value;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.ResourceHandle;
import jmlir.ir.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private final TextPrinter textPrinter = new TextPrinter();
    /** Working space custom syntax keeps for its next op (see {@link OpAsmPrinter#takeSpare}), by owner. */
    private final java.util.IdentityHashMap<Object, Object> spares = new java.util.IdentityHashMap<>();
    /**
     * The default dialect of each enclosing op: what a custom-printed op sets ("" when none), ""
     * for an op printed in the generic form; "builtin" when no op encloses.
     */
    private final ArrayList<String> defaultDialects = new ArrayList<>();
    /** The indentation of the op whose custom syntax is being printed. */
    private int currentIndent;
    /** Each op name's quoted form, made once per print. */
    private final java.util.IdentityHashMap<jmlir.ir.OperationName, String> quotedNames =
            new java.util.IdentityHashMap<>();

    /** A printer of {@code root}, or of ops within it named as they are when {@code root} prints. */
    private OpPrinter(Operation root, PrintOptions options, StringBuilder out) {
        this.out = out;
        this.options = options;
        this.names = new SsaNames(root, options.uniqueIds(), !options.generic);
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
        StringBuilder sb = new StringBuilder(1 << 16);
        print(root, options, resources, sb);
        return sb.toString();
    }

    /** Like {@link #print(Operation, PrintOptions, ResourceTable)}, appending to {@code out}. */
    public static void print(Operation root, PrintOptions options, ResourceTable resources, StringBuilder out) {
        new OpPrinter(root, options, out).printTopLevel(root, resources);
    }

    /**
     * An op as MLIR shows it inside a diagnostic: in the generic form, with everything inline,
     * and without the final newline.
     */
    public static String printForDiagnostic(Operation op) {
        return printForDiagnostic(op, new PrintOptions());
    }

    /** {@link #printForDiagnostic(Operation)}, with the other choices of {@code base} (debug info, elision). */
    public static String printForDiagnostic(Operation op, PrintOptions base) {
        PrintOptions options = base.copy();
        options.generic = true;
        options.localScope = true;
        // Values are named as when the closest op isolated from above (or the top) prints.
        Operation root = op;
        while (!root.hasTrait(jmlir.ir.Trait.ISOLATED_FROM_ABOVE) && root.parentOp() != null) root = root.parentOp();
        StringBuilder sb = new StringBuilder();
        new OpPrinter(root, options, sb).printOperation(op, 0);
        return sb.toString();
    }

    /**
     * An op nested in others as MLIR prints it on its own (IR dumps of a pass on a function):
     * its custom form with everything inline (no aliases), values named from the op itself,
     * without a final newline.
     */
    public static String printLocalScope(Operation op, PrintOptions base) {
        PrintOptions options = base.copy();
        options.localScope = true;
        StringBuilder sb = new StringBuilder();
        new OpPrinter(op, options, sb).printOperation(op, 0);
        return sb.toString();
    }

    private void printTopLevel(Operation root, ResourceTable resources) {
        for (Aliases.Entry e : aliases.sorted()) if (!e.deferrable) printAliasDefinition(e);
        printOperation(root, 0);
        // The section of deferred aliases begins with a newline, even when it is empty.
        if (options.localScope) return;
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
        collect(root, new AliasVisitor(c));
        return c.finish();
    }

    /**
     * Visits an op's attributes and types in the order mlir-opt's alias collection does: the
     * location, then what the custom syntax prints, or (for the generic form) regions, operand
     * and result types, and attributes.
     * The properties of an op count only when mlir-opt would have registered it: they are then
     * its inherent attributes, visited with the discardable ones in name order.
     */
    private void collect(Operation op, AliasVisitor visitor) {
        Aliases.Collector c = visitor.c;
        if (options.debugInfo) c.visitAttribute(op.location(), true);
        OpAssembly custom = customAssembly(op);
        if (custom != null) {
            custom.print(op, visitor);
            return;
        }
        if (!options.skipRegions) {
            for (int i = 0; i < op.numRegions(); i++) collectRegion(op.region(i), visitor, true, true);
        }
        for (int i = 0; i < op.numOperands(); i++) c.visitType(op.operand(i).type(), false);
        for (int i = 0; i < op.numResults(); i++) c.visitType(op.result(i).type(), false);
        List<NamedAttribute> attributes = op.attributes().entries();
        if (op.properties() instanceof DictionaryAttr props && !props.isEmpty()
                && (op.isRegistered() || UpstreamDialects.contains(op.name().dialectNamespace()))) {
            List<NamedAttribute> merged = new ArrayList<>(props.entries());
            merged.addAll(attributes);
            attributes = DictionaryAttr.sorted(merged).entries();
        }
        for (NamedAttribute e : attributes) c.visitAttribute(e.value(), false);
    }

    /**
     * Records what a region prints. As in MLIR, the entry block's arguments count only when they
     * are printed with it, and its terminator only when it is printed.
     */
    private void collectRegion(Region region, AliasVisitor visitor, boolean entryArgs, boolean entryTerminator) {
        Aliases.Collector c = visitor.c;
        for (Block b : region.blocks()) {
            boolean entry = b.isEntryBlock();
            if (!entry || entryArgs) {
                for (BlockArgument a : b.arguments()) {
                    c.visitType(a.type(), false);
                    if (options.debugInfo) c.visitAttribute(a.location(), false);
                }
            }
            for (Operation op : b) {
                if (entry && !entryTerminator && op == b.last() && op.hasTrait(Trait.TERMINATOR)) break;
                collect(op, visitor);
            }
        }
    }

    // ---------------------------------------------------------------- operations

    private void indent(int n) {
        for (int i = 0; i < n; i++) out.append(' ');
    }

    private void printOperation(Operation op, int indent) {
        int savedIndent = attrs.newlineIndent;
        attrs.newlineIndent = indent;
        try {
            printOperationAt(op, indent);
        } finally {
            attrs.newlineIndent = savedIndent;
        }
    }

    private void printOperationAt(Operation op, int indent) {
        if (op.numResults() > 0) {
            names.appendResults(op, out);
            out.append(" = ");
        }
        OpAssembly custom = customAssembly(op);
        if (custom != null) printCustom(op, custom, indent);
        else printGeneric(op, indent);
        if (options.debugInfo) {
            out.append(' ');
            // The pretty form shows an operation's own location in full, not as an alias.
            attrs.printLocation(op.location(), !options.prettyDebugInfo);
        }
    }

    private void printGeneric(Operation op, int indent) {
        String quoted = quotedNames.get(op.name());
        if (quoted == null) {
            int start = out.length();
            attrs.printString(op.name().name());
            quotedNames.put(op.name(), out.substring(start));
        } else {
            out.append(quoted);
        }
        out.append('(');
        for (int i = 0; i < op.numOperands(); i++) {
            if (i > 0) out.append(", ");
            names.appendUse(op.operand(i), out);
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
            // Inside an op printed in the generic form, no dialect is the default one.
            defaultDialects.add("");
            for (int i = 0; i < op.numRegions(); i++) {
                if (i > 0) out.append(", ");
                printRegion(op.region(i), indent, true, true, true);
            }
            defaultDialects.removeLast();
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

    /**
     * Prints {@code {...}} with its blocks; ops are indented two more than {@code indent}. The
     * generic form labels an empty entry block (so that it is kept); custom syntax does not.
     */
    private void printRegion(Region region, int indent, boolean printEntryArgs, boolean printTerminators,
                             boolean printEmptyBlock) {
        out.append('{');
        if (options.skipRegions) {
            out.append("...}");
            return;
        }
        out.append('\n');
        List<Block> blocks = region.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean header = i > 0 || (printEntryArgs && b.numArguments() > 0) || (printEmptyBlock && b.isEmpty());
            if (header) printBlockHeader(b, indent);
            for (Operation op : b) {
                if (!printTerminators && op == b.last() && op.hasTrait(Trait.TERMINATOR)) break;
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
                names.appendDefinition(a, out);
                out.append(": ");
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
        // One edge only: a terminator naming the block twice makes two predecessors.
        if (preds.size() == 1) {
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

    // ---------------------------------------------------------------- custom syntax

    /** The op's custom syntax, when it is to be used. */
    private OpAssembly customAssembly(Operation op) {
        if (options.generic) return null;
        OpDef def = op.name().definition();
        return def == null ? null : def.assembly();
    }

    /**
     * Prints the op's name (without the {@code builtin.} prefix, or the prefix of the enclosing
     * op's default dialect), then its custom syntax.
     */
    private void printCustom(Operation op, OpAssembly custom, int indent) {
        String name = op.name().name();
        String ns = op.name().dialectNamespace();
        String defaultDialect = defaultDialects.isEmpty() ? "builtin" : defaultDialects.getLast();
        if (ns.equals(defaultDialect) && name.indexOf('.', ns.length() + 1) < 0) {
            name = name.substring(ns.length() + 1);
        }
        out.append(name);
        int savedIndent = currentIndent;
        currentIndent = indent;
        defaultDialects.add(op.name().definition().defaultDialect());
        try {
            custom.print(op, textPrinter);
        } finally {
            defaultDialects.removeLast();
            currentIndent = savedIndent;
        }
    }

    /** The printers custom syntax is given keep their working space in this OpPrinter. */
    private abstract class SpareKeeping implements OpAsmPrinter {
        @Override
        public Object takeSpare(Object owner) {
            return spares.remove(owner);
        }

        @Override
        public void keepSpare(Object owner, Object spare) {
            spares.put(owner, spare);
        }
    }

    /** Custom syntax written as text. */
    private final class TextPrinter extends SpareKeeping {
        @Override
        public OpAsmPrinter print(String text) {
            out.append(text);
            return this;
        }

        @Override
        public void printNewline() {
            out.append('\n');
            indent(currentIndent);
        }

        @Override
        public void printOperand(Value value) {
            names.appendUse(value, out);
        }

        @Override
        public String nameOf(Value value) {
            StringBuilder name = new StringBuilder();
            names.appendUse(value, name);
            return name.substring(1);
        }

        @Override
        public void printOperands(List<Value> values) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) out.append(", ");
                names.appendUse(values.get(i), out);
            }
        }

        @Override
        public void printType(Type type) {
            attrs.printType(type);
        }

        @Override
        public void printTypes(List<Type> types) {
            attrs.printTypeList(types);
        }

        @Override
        public void printFunctionResults(List<Type> results) {
            attrs.printFunctionResults(results);
        }

        @Override
        public void printAttribute(Attribute attr) {
            attrs.printAttribute(attr);
        }

        @Override
        public void printAttributeWithoutType(Attribute attr) {
            attrs.printAttributeWithoutType(attr);
        }

        @Override
        public void printOptionalAttrDict(List<NamedAttribute> entries, Set<String> elided) {
            List<NamedAttribute> shown = without(entries, elided);
            if (shown.isEmpty()) return;
            out.append(" {");
            attrs.printDictionaryEntries(shown);
            out.append('}');
        }

        @Override
        public void printOptionalAttrDictWithKeyword(List<NamedAttribute> entries, Set<String> elided) {
            List<NamedAttribute> shown = without(entries, elided);
            if (shown.isEmpty()) return;
            out.append(" attributes {");
            attrs.printDictionaryEntries(shown);
            out.append('}');
        }

        @Override
        public void printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators) {
            OpPrinter.this.printRegion(region, currentIndent, printEntryBlockArgs, printBlockTerminators, false);
        }

        @Override
        public void printSuccessor(Block block) {
            printBlockName(block);
        }

        @Override
        public void printSymbolName(String name) {
            attrs.printSymbolName(name);
        }

        @Override
        public void printRegionArgumentName(BlockArgument argument) {
            names.appendDefinition(argument, out);
            if (options.debugInfo) {
                out.append(' ');
                attrs.printLocation(argument.location(), false);
            }
        }

        @Override
        public void printOptionalLocationSpecifier(Location location) {
            if (options.debugInfo) {
                out.append(' ');
                attrs.printLocation(location, true);
            }
        }

        @Override
        public void printArgument(BlockArgument argument, DictionaryAttr attributes) {
            names.appendDefinition(argument, out);
            out.append(": ");
            attrs.printType(argument.type());
            printOptionalAttrDict(attributes.entries(), Set.of());
            if (options.debugInfo) {
                out.append(' ');
                attrs.printLocation(argument.location(), false);
            }
        }
    }

    /**
     * Custom syntax replayed to record attributes and types in print order, printing nothing.
     * One serves the whole walk (it keeps no state of its own).
     */
    private final class AliasVisitor extends SpareKeeping {
        private final Aliases.Collector c;

        AliasVisitor(Aliases.Collector c) {
            this.c = c;
        }

        @Override
        public OpAsmPrinter print(String text) {
            return this;
        }

        @Override
        public void printNewline() {
        }

        @Override
        public void printOperand(Value value) {
        }

        @Override
        public String nameOf(Value value) {
            return "";
        }

        @Override
        public void printOperands(List<Value> values) {
        }

        @Override
        public void printType(Type type) {
            c.visitType(type, false);
        }

        @Override
        public void printTypes(List<Type> types) {
            for (Type t : types) c.visitType(t, false);
        }

        @Override
        public void printFunctionResults(List<Type> results) {
            printTypes(results);
        }

        @Override
        public void printAttribute(Attribute attr) {
            c.visitAttribute(attr, false);
        }

        @Override
        public void printAttributeWithoutType(Attribute attr) {
            c.visitAttribute(attr, false);
        }

        @Override
        public void printOptionalAttrDict(List<NamedAttribute> entries, Set<String> elided) {
            for (NamedAttribute e : without(entries, elided)) c.visitAttribute(e.value(), false);
        }

        @Override
        public void printOptionalAttrDictWithKeyword(List<NamedAttribute> entries, Set<String> elided) {
            printOptionalAttrDict(entries, elided);
        }

        @Override
        public void printRegion(Region region, boolean printEntryBlockArgs, boolean printBlockTerminators) {
            if (!options.skipRegions) collectRegion(region, this, printEntryBlockArgs, printBlockTerminators);
        }

        @Override
        public void printSuccessor(Block block) {
        }

        @Override
        public void printSymbolName(String name) {
        }

        @Override
        public void printRegionArgumentName(BlockArgument argument) {
            c.visitType(argument.type(), false);
            if (options.debugInfo) c.visitAttribute(argument.location(), false);
        }

        @Override
        public void printOptionalLocationSpecifier(Location location) {
            // MLIR's alias pass visits the location even when debug info is not printed, so it
            // gets an alias in either case.
            c.visitAttribute(location, false);
        }

        @Override
        public void printArgument(BlockArgument argument, DictionaryAttr attributes) {
            // As in MLIR, the argument's attributes are not visited: they print without aliases
            // unless something else gave them one.
            c.visitType(argument.type(), false);
            if (options.debugInfo) c.visitAttribute(argument.location(), false);
        }
    }

    private static List<NamedAttribute> without(List<NamedAttribute> entries, Set<String> elided) {
        if (elided.isEmpty()) return entries;
        List<NamedAttribute> shown = new ArrayList<>(entries.size());
        for (NamedAttribute e : entries) if (!elided.contains(e.name())) shown.add(e);
        return shown;
    }
}
