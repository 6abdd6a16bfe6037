package jmlir.syntax;

import jmlir.ir.AffineMapAttr;
import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.ComplexType;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.DistinctAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerSetAttr;
import jmlir.ir.Location;
import jmlir.ir.MemRefType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpaqueAttr;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ShapedType;
import jmlir.ir.StringAttr;
import jmlir.ir.TupleType;
import jmlir.ir.Type;
import jmlir.ir.TypeAttr;
import jmlir.ir.UnitAttr;
import jmlir.ir.UnrankedMemRefType;
import jmlir.ir.VectorType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The alias table of one print: which attributes and types print as {@code #name}/{@code !name},
 * which definitions go before the IR and which after it (locations used only by operations).
 *
 * <p>Names follow mlir-opt: builtin kinds alias as {@code map}, {@code set}, {@code loc},
 * {@code distinct}, {@code tuple} (more than 16 elements), defined types and attributes as
 * their definition says ({@link jmlir.ir.AttrOrTypeDef#alias}); aliases are ordered by nesting depth
 * (an alias used inside another comes first), then attributes before types, then by name, then
 * in the order the printer meets them; each name gets a counter suffix after its first use.
 */
final class Aliases {
    static final Aliases NONE = new Aliases();

    static final class Entry {
        final Object value;
        final String prefix;
        final int order;
        int depth;
        boolean deferrable;
        String name;
        final List<Entry> children = new ArrayList<>(0);

        Entry(Object value, String prefix, int order, boolean deferrable) {
            this.value = value;
            this.prefix = prefix;
            this.order = order;
            this.deferrable = deferrable;
        }

        boolean isType() {
            return value instanceof Type;
        }
    }

    /**
     * Depth first (an alias used inside another comes first), then attributes before types, then
     * by name, then in the order met. A class rather than composed lambdas: it is needed on every
     * run, and linking lambdas costs start-up time.
     */
    private static final Comparator<Entry> PRINT_ORDER = new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
            if (a.depth != b.depth) return Integer.compare(a.depth, b.depth);
            if (a.isType() != b.isType()) return a.isType() ? 1 : -1;
            int byName = a.prefix.compareTo(b.prefix);
            return byName != 0 ? byName : Integer.compare(a.order, b.order);
        }
    };

    private final Map<Object, Entry> entries = new HashMap<>();
    /** Resources used by the attributes met while collecting, in that order. */
    final LinkedHashSet<ResourceHandle> resourceUses = new LinkedHashSet<>();
    private List<Entry> sorted = List.of();

    String nameOf(Object attrOrType) {
        // Only a few kinds can have aliases; test the kind before hashing the whole value.
        if (entries.isEmpty() || aliasPrefix(attrOrType) == null) return null;
        Entry e = entries.get(attrOrType);
        return e == null ? null : e.name;
    }

    /** Definitions in print order. */
    List<Entry> sorted() {
        return sorted;
    }

    // ---------------------------------------------------------------- collection

    /** Records the attributes and types of one print, in the order the printer meets them. */
    final class Collector {
        /** The alias entry whose sub-elements are being visited, or null. */
        private Entry parent;

        void visitType(Type type, boolean deferrable) {
            visit(type, deferrable);
        }

        void visitAttribute(Attribute attr, boolean deferrable) {
            visit(attr, deferrable);
        }

        /** Returns the depth of the deepest alias in {@code value} (the value's own if it has one), or -1. */
        private int visit(Object value, boolean deferrable) {
            String prefix = aliasPrefix(value);
            if (prefix == null) return visitChildren(value, deferrable);
            Entry existing = entries.get(value);
            if (existing != null) {
                if (!deferrable && existing.deferrable) markNonDeferrable(existing);
                if (parent != null) parent.children.add(existing);
                return existing.depth;
            }
            Entry e = new Entry(value, prefix, entries.size(), deferrable);
            entries.put(value, e);
            if (parent != null) parent.children.add(e);
            Entry saved = parent;
            parent = e;
            int childDepth = visitChildren(value, deferrable);
            parent = saved;
            e.depth = childDepth + 1;
            return e.depth;
        }

        private void markNonDeferrable(Entry e) {
            e.deferrable = false;
            for (Entry c : e.children) if (c.deferrable) markNonDeferrable(c);
        }

        private int visitChildren(Object value, boolean deferrable) {
            int depth = -1;
            if (value instanceof ArrayAttr a) {
                for (Attribute x : a.elements()) depth = Math.max(depth, visit(x, deferrable));
            } else if (value instanceof DictionaryAttr d) {
                for (NamedAttribute x : d.entries()) depth = Math.max(depth, visit(x.value(), deferrable));
            } else if (value instanceof TypeAttr t) {
                depth = visit(t.type(), deferrable);
            } else if (value instanceof IntegerAttr i) {
                depth = visit(i.type(), deferrable);
            } else if (value instanceof FloatAttr f) {
                depth = visit(f.type(), deferrable);
            } else if (value instanceof StringAttr s) {
                if (s.type() != null) depth = visit(s.type(), deferrable);
            } else if (value instanceof OpaqueAttr o) {
                if (o.type() != null) depth = visit(o.type(), deferrable);
            } else if (value instanceof DenseArrayAttr d) {
                depth = visit(d.elementType(), deferrable);
            } else if (value instanceof jmlir.ir.DialectAttribute d) {
                if (d.type() != null) depth = visit(d.type(), deferrable);
                DenseSyntax.noteResourceUse(value, resourceUses);
            } else if (value instanceof jmlir.ir.Defined d) {
                for (Object x : d.parameters()) depth = Math.max(depth, visitParameter(x, deferrable));
            } else if (value instanceof DistinctAttr d) {
                depth = visit(d.referenced(), deferrable);
            } else if (value instanceof Location.Name n) {
                if (n.child() != null) depth = visit(n.child(), deferrable);
            } else if (value instanceof Location.CallSite c) {
                depth = visit(c.callee(), deferrable);
                depth = Math.max(depth, visit(c.caller(), deferrable));
            } else if (value instanceof Location.Fused f) {
                if (f.metadata() != null) depth = visit(f.metadata(), deferrable);
                for (Location l : f.locations()) depth = Math.max(depth, visit(l, deferrable));
            } else if (value instanceof FunctionType f) {
                for (Type t : f.inputs()) depth = Math.max(depth, visit(t, deferrable));
                for (Type t : f.results()) depth = Math.max(depth, visit(t, deferrable));
            } else if (value instanceof TupleType t) {
                for (Type x : t.types()) depth = Math.max(depth, visit(x, deferrable));
            } else if (value instanceof ComplexType c) {
                depth = visit(c.elementType(), deferrable);
            } else if (value instanceof VectorType v) {
                depth = visit(v.elementType(), deferrable);
            } else if (value instanceof RankedTensorType t) {
                depth = visit(t.elementType(), deferrable);
                if (t.encoding() != null) depth = Math.max(depth, visit(t.encoding(), deferrable));
            } else if (value instanceof MemRefType m) {
                depth = visit(m.elementType(), deferrable);
                if (m.layout() != null) depth = Math.max(depth, visit(m.layout(), deferrable));
                if (m.memorySpace() != null) depth = Math.max(depth, visit(m.memorySpace(), deferrable));
            } else if (value instanceof UnrankedMemRefType m) {
                depth = visit(m.elementType(), deferrable);
                if (m.memorySpace() != null) depth = Math.max(depth, visit(m.memorySpace(), deferrable));
            } else if (value instanceof ShapedType s) {
                depth = visit(s.elementType(), deferrable);
            } else {
                Type t = DenseSyntax.typeOf(value);
                if (t != null) depth = visit(t, deferrable);
                DenseSyntax.noteResourceUse(value, resourceUses);
            }
            return depth;
        }

        /** Visits the types and attributes in a parameter of a defined type or attribute. */
        private int visitParameter(Object value, boolean deferrable) {
            if (value instanceof Type || value instanceof Attribute) return visit(value, deferrable);
            int depth = -1;
            if (value instanceof List<?> list) for (Object x : list) depth = Math.max(depth, visitParameter(x, deferrable));
            return depth;
        }

        /** Orders the entries and gives them names. */
        Aliases finish() {
            List<Entry> list = new ArrayList<>(entries.values());
            list.sort(PRINT_ORDER);
            Map<String, Integer> counters = new HashMap<>();
            for (Entry e : list) {
                int n = counters.merge(e.prefix, 1, Integer::sum) - 1;
                e.name = n == 0 ? e.prefix : e.prefix + n;
            }
            sorted = list;
            return Aliases.this;
        }
    }

    Collector collector() {
        return new Collector();
    }

    private static String aliasPrefix(Object value) {
        if (value instanceof AffineMapAttr) return "map";
        if (value instanceof IntegerSetAttr) return "set";
        if (value instanceof Location) return "loc";
        if (value instanceof DistinctAttr d) return d.referenced() instanceof UnitAttr ? null : "distinct";
        if (value instanceof TupleType t) return t.types().size() > 16 ? "tuple" : null;
        if (value instanceof jmlir.ir.Defined d) return d.definition().alias(d);
        return null;
    }
}
