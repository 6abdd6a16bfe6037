package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TypePrinting;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An op's custom syntax given as an ODS declarative assembly format, such as
 * {@code $lhs `,` $rhs attr-dict `:` type($result)}. The format is checked against the op's
 * definition and compiled once into a list of elements that both reads and writes the op the
 * way mlir-opt's generated parsers and printers do: the same spacing, the same elided
 * attributes, the same inferred types and the same error messages.
 *
 * <p>Usually made by {@link OpDef.Builder#format}; {@code custom<Name>} directives are looked
 * up among the directives given to the builder.
 */
public final class AssemblyFormat implements OpAssembly {
    final OpDef def;
    final String source;
    private final Element[] elements;

    final boolean allOperands;
    final boolean allOperandTypes;
    final boolean allResultTypes;
    final boolean infersResultTypes;
    final boolean hasAllRegions;
    final boolean hasAllSuccessors;
    final boolean hasPropDict;
    /** Whether all operand specs (result specs) are single values, so that spec i is value i. */
    final boolean singleOperands;
    final boolean singleResults;
    /** Whether regions hide enclosing values (IsolatedFromAbove). */
    final boolean isolated;
    private final boolean sizedOperandSegments;
    private final boolean sizedResultSegments;
    private final TypeSource[] operandSources;
    private final TypeSource[] resultSources;
    private final TypeSource[] transformedSources;
    /** Attributes {@code attr-dict} never shows: those the format shows, segment sizes. */
    private final Set<String> elided;
    /** Attributes with a default value that the format does not show: left out while equal to it. */
    private final OpDef.AttrSpec[] defaultValued;
    private final int[] defaultValuedIndex;
    /** The property specs in name order (the order of their dictionary), and the discardable ones. */
    private final int[] propertyOrder;
    private final int[] discardableIndex;

    /**
     * Where the type of an operand or result comes from when the format does not write it: the
     * types written for another operand or result, the type of an attribute (either possibly
     * transformed), or the only type the constraint allows.
     */
    record TypeSource(int kind, int index, UnaryOperator<Type> transform, Type type) {
        static final int OPERAND = 0;
        static final int RESULT = 1;
        static final int ATTRIBUTE = 2;
        static final int BUILDABLE = 3;

        static TypeSource operand(int i, UnaryOperator<Type> transform) {
            return new TypeSource(OPERAND, i, transform, null);
        }

        static TypeSource result(int i, UnaryOperator<Type> transform) {
            return new TypeSource(RESULT, i, transform, null);
        }

        static TypeSource attribute(int i, UnaryOperator<Type> transform) {
            return new TypeSource(ATTRIBUTE, i, transform, null);
        }

        static TypeSource buildable(Type t) {
            return new TypeSource(BUILDABLE, -1, null, t);
        }
    }

    private AssemblyFormat(OpDef def, String source, FormatParser parser, List<Element> elements) {
        this.def = def;
        this.source = source;
        this.elements = elements.toArray(new Element[0]);
        this.allOperands = parser.allOperands;
        this.allOperandTypes = parser.allOperandTypes;
        this.allResultTypes = parser.allResultTypes;
        this.infersResultTypes = parser.infersResultTypes;
        this.hasAllRegions = parser.hasAllRegions;
        this.hasAllSuccessors = parser.hasAllSuccessors;
        this.hasPropDict = parser.hasPropDict;
        this.singleOperands = allSingle(def.operands());
        this.singleResults = allSingle(def.results());
        this.isolated = def.hasTrait(Trait.ISOLATED_FROM_ABOVE);
        this.sizedOperandSegments = def.hasTrait(Trait.ATTR_SIZED_OPERAND_SEGMENTS);
        this.sizedResultSegments = def.hasTrait(Trait.ATTR_SIZED_RESULT_SEGMENTS);
        this.operandSources = parser.operandSources;
        this.resultSources = parser.resultSources;
        this.transformedSources = transformedSources(resultSources, operandSources);
        Set<String> names = new HashSet<>();
        if (!allOperands && sizedOperandSegments) names.add(OPERAND_SEGMENT_SIZES);
        if (!allResultTypes && sizedResultSegments) names.add(RESULT_SEGMENT_SIZES);
        for (int a : parser.seenAttrs) names.add(def.attributes().get(a).name());
        this.elided = Set.copyOf(names);
        List<Integer> defaulted = new ArrayList<>();
        for (int i = 0; i < def.attributes().size(); i++) {
            OpDef.AttrSpec a = def.attributes().get(i);
            if (a.defaultValue() != null && !elided.contains(a.name())) defaulted.add(i);
        }
        this.defaultValuedIndex = toArray(defaulted);
        this.defaultValued = new OpDef.AttrSpec[defaultValuedIndex.length];
        for (int i = 0; i < defaultValuedIndex.length; i++) defaultValued[i] = def.attributes().get(defaultValuedIndex[i]);
        List<Integer> props = new ArrayList<>();
        List<Integer> discardable = new ArrayList<>();
        for (int i = 0; i < def.attributes().size(); i++) (def.attributes().get(i).property() ? props : discardable).add(i);
        props.sort((x, y) -> def.attributes().get(x).name().compareTo(def.attributes().get(y).name()));
        this.propertyOrder = toArray(props);
        this.discardableIndex = toArray(discardable);
    }

    // Loops, not streams: formats are compiled while a short run starts, and the first stream
    // of a run initialises the whole stream library.
    private static boolean allSingle(List<OpDef.ValueSpec> specs) {
        for (OpDef.ValueSpec s : specs) if (s.arity() != OpDef.Arity.SINGLE) return false;
        return true;
    }

    private static int[] toArray(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }

    static final String OPERAND_SEGMENT_SIZES = "operandSegmentSizes";
    static final String RESULT_SEGMENT_SIZES = "resultSegmentSizes";

    /**
     * Compiles {@code format} for the op {@code def} describes (its operands, results,
     * attributes, regions, successors, traits and type relations); {@code custom<Name>}
     * directives come from {@code directives}. Throws {@link FormatException} when the format is
     * not valid for the op, with mlir-tblgen's message.
     */
    public static AssemblyFormat compile(OpDef def, String format, Map<String, CustomDirective> directives) {
        FormatParser parser = new FormatParser(def, format, directives);
        List<Element> elements = parser.parse();
        return new AssemblyFormat(def, format, parser, elements);
    }

    /** The format as written. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return def.name() + ": " + source;
    }

    // ================================================================ parsing

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        // The slots of the last op of this format the parser read, unless an enclosing op uses them.
        ParseRun run = parser.takeSpare(this) instanceof ParseRun spare ? spare : new ParseRun(this);
        run.start(parser);
        for (Element e : elements) e.parse(run);
        resolve(run, state);
        parser.keepSpare(this, run);
    }

    /** After all elements are read: regions, successors, segment sizes, types, then attributes. */
    private void resolve(ParseRun run, OperationState state) {
        if (hasAllRegions) state.regions.addAll(run.allRegions);
        else for (List<List<Block>> r : run.regions) state.regions.addAll(r);
        if (hasAllSuccessors) state.successors.addAll(run.allSuccessors);
        else for (List<Block> s : run.successors) state.successors.addAll(s);

        checkTransformedSources(run);
        if (!infersResultTypes) {
            if (allResultTypes) {
                state.resultTypes.addAll(run.allResultTypes);
            } else {
                for (int i = 0; i < resultSources.length; i++) {
                    Object types = resultSources[i] == null ? run.resultTypes[i] : resolveSource(resultSources[i], run);
                    addTypes(types, state.resultTypes);
                }
            }
        }
        resolveOperands(run, state);

        if (run.dictionary.isEmpty() && run.propertyDictionary.isEmpty() && !sizedOperandSegments
                && !sizedResultSegments) {
            collectAttributesFast(run, state);
        } else {
            collectAttributes(run, state);
        }

        if (infersResultTypes) {
            DictionaryAttr props = state.properties instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
            List<Type> inferred = def.resultTypeInference().infer(state.operands, props,
                    DictionaryAttr.sorted(state.attributes));
            if (inferred == null) throw run.p.emitError(run.p.nameOffset(), "failed to infer returned types");
            state.resultTypes.addAll(inferred);
        }
    }

    /**
     * The usual case: only attributes the format shows. Properties are added in name order,
     * with the defaults of those left out, so that the dictionary is interned complete. When no
     * property is written, the op gets its definition's defaults when it is created.
     */
    private void collectAttributesFast(ParseRun run, OperationState state) {
        boolean anyProperty = false;
        for (int i : propertyOrder) anyProperty |= run.attributes[i] != null;
        if (anyProperty) {
            List<NamedAttribute> entries = new ArrayList<>(propertyOrder.length);
            for (int i : propertyOrder) {
                OpDef.AttrSpec spec = def.attributes().get(i);
                Attribute a = run.attributes[i];
                if (a == null && !spec.optional()) a = spec.defaultValue();
                if (a != null) entries.add(new NamedAttribute(spec.name(), a));
            }
            state.properties = run.p.context().intern(new DictionaryAttr(entries));
        }
        for (int i : discardableIndex) {
            Attribute a = run.attributes[i];
            if (a != null) state.attributes.add(new NamedAttribute(def.attributes().get(i).name(), a));
        }
    }

    private void collectAttributes(ParseRun run, OperationState state) {
        Map<String, Attribute> properties = new TreeMap<>();
        List<NamedAttribute> discardable = new ArrayList<>();
        for (int i = 0; i < run.attributes.length; i++) {
            Attribute a = run.attributes[i];
            if (a == null) continue;
            OpDef.AttrSpec spec = def.attributes().get(i);
            if (spec.property()) properties.put(spec.name(), a);
            else discardable.add(new NamedAttribute(spec.name(), a));
        }
        for (NamedAttribute e : run.propertyDictionary) properties.put(e.name(), e.value());
        if (sizedOperandSegments && !allOperands) {
            properties.put(OPERAND_SEGMENT_SIZES, segmentSizes(run.operands));
        }
        if (sizedResultSegments && !allResultTypes) {
            properties.put(RESULT_SEGMENT_SIZES, segmentSizes(run.resultTypes));
        }
        for (NamedAttribute e : run.dictionary) {
            int index = def.attributeIndex(e.name());
            if (index >= 0 && def.attributes().get(index).property()) {
                properties.put(e.name(), e.value());
            } else {
                discardable.removeIf(d -> d.name().equals(e.name()));
                discardable.add(e);
            }
        }
        for (OpDef.AttrSpec spec : def.attributes()) {
            if (spec.property() && !spec.optional() && spec.defaultValue() != null) {
                properties.putIfAbsent(spec.name(), spec.defaultValue());
            }
        }
        if (!properties.isEmpty()) {
            List<NamedAttribute> entries = new ArrayList<>(properties.size());
            for (Map.Entry<String, Attribute> e : properties.entrySet()) {
                entries.add(new NamedAttribute(e.getKey(), e.getValue()));
            }
            state.properties = run.p.context().intern(new DictionaryAttr(entries));
        }
        state.attributes.addAll(discardable);
    }

    private static DenseArrayAttr segmentSizes(List<?>[] groups) {
        long[] sizes = new long[groups.length];
        for (int i = 0; i < groups.length; i++) sizes[i] = groups[i].size();
        return new DenseArrayAttr(IntegerType.I32, sizes);
    }

    /** A type (for single values) or the list of types (for variadic ones) a source gives. */
    private Object resolveSource(TypeSource s, ParseRun run) {
        switch (s.kind()) {
            case TypeSource.BUILDABLE:
                return s.type();
            case TypeSource.ATTRIBUTE: {
                Attribute a = run.attributes[s.index()];
                Type t = a == null ? null : TypedAttributes.typeOf(a);
                if (t == null) {
                    throw run.p.emitError(run.p.nameOffset(), "attribute '" + def.attributes().get(s.index()).name()
                            + "' has no type to infer types from");
                }
                return s.transform() == null ? t : s.transform().apply(t);
            }
            default: {
                boolean operand = s.kind() == TypeSource.OPERAND;
                OpDef.ValueSpec spec = (operand ? def.operands() : def.results()).get(s.index());
                List<Type> types = operand ? run.operandTypes[s.index()] : run.resultTypes[s.index()];
                if (spec.arity() == OpDef.Arity.VARIADIC) {
                    if (s.transform() == null) return types;
                    List<Type> out = new ArrayList<>(types.size());
                    for (Type t : types) out.add(s.transform().apply(t));
                    return out;
                }
                if (types.isEmpty()) return List.of();
                return s.transform() == null ? types.get(0) : s.transform().apply(types.get(0));
            }
        }
    }

    /**
     * The operand and result specs whose types are transformed into another's (once each, results
     * first): before that, they must be of the kind the transformation expects.
     */
    private static TypeSource[] transformedSources(TypeSource[] resultSources, TypeSource[] operandSources) {
        List<TypeSource> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (TypeSource[] sources : List.of(resultSources, operandSources)) {
            for (TypeSource s : sources) {
                if (s == null || s.transform() == null || s.kind() == TypeSource.ATTRIBUTE
                        || s.kind() == TypeSource.BUILDABLE) {
                    continue;
                }
                if (seen.add(s.kind() == TypeSource.OPERAND ? s.index() : -1 - s.index())) out.add(s);
            }
        }
        return out.toArray(new TypeSource[0]);
    }

    private void checkTransformedSources(ParseRun run) {
        for (TypeSource s : transformedSources) {
            boolean operand = s.kind() == TypeSource.OPERAND;
            OpDef.ValueSpec spec = (operand ? def.operands() : def.results()).get(s.index());
            List<Type> types = operand ? run.operandTypes[s.index()] : run.resultTypes[s.index()];
            for (int i = 0; i < types.size(); i++) {
                Type t = types.get(i);
                if (!spec.constraint().accepts(t)) {
                    throw run.p.emitError(run.p.nameOffset(), "'" + spec.name() + "' must be "
                            + spec.constraint().description() + ", but got '" + TypePrinting.toString(t) + "'");
                }
            }
        }
    }

    // The loops below are indexed, and addAll is not used: both would allocate for every op read.

    @SuppressWarnings("unchecked")
    private static void addTypes(Object types, List<Type> out) {
        if (types instanceof Type t) {
            out.add(t);
            return;
        }
        List<Type> list = (List<Type>) types;
        for (int i = 0; i < list.size(); i++) out.add(list.get(i));
    }

    private void resolveOperands(ParseRun run, OperationState state) {
        int n = def.operands().size();
        if (n == 0) return;
        OpAsmParser p = run.p;
        if (allOperandTypes) {
            if (allOperands) {
                resolveGroup(p, run.allOperands, run.allOperandTypes, run.allOperandsAt, state.operands);
            } else {
                List<UnresolvedOperand> all = new ArrayList<>();
                for (List<UnresolvedOperand> g : run.operands) all.addAll(g);
                resolveGroup(p, all, run.allOperandTypes, p.nameOffset(), state.operands);
            }
            return;
        }
        if (allOperands) {
            List<Type> types = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                addTypes(operandSources[i] == null ? run.operandTypes[i] : resolveSource(operandSources[i], run), types);
            }
            resolveGroup(p, run.allOperands, types, run.allOperandsAt, state.operands);
            return;
        }
        for (int i = 0; i < n; i++) {
            List<UnresolvedOperand> group = run.operands[i];
            if (def.operands().get(i).arity() == OpDef.Arity.OPTIONAL && group.isEmpty()) continue;
            Object types = operandSources[i] == null ? run.operandTypes[i] : resolveSource(operandSources[i], run);
            resolveGroup(p, group, types, run.operandAt[i], state.operands);
        }
    }

    @SuppressWarnings("unchecked")
    private static void resolveGroup(OpAsmParser p, List<UnresolvedOperand> operands, Object types, int at,
                                     List<Value> out) {
        if (types instanceof Type t) {
            for (int i = 0; i < operands.size(); i++) out.add(p.resolveOperand(operands.get(i), t));
            return;
        }
        List<Type> list = (List<Type>) types;
        if (list.size() != operands.size()) {
            throw p.emitError(at, "number of operands and types do not match: got " + operands.size()
                    + " operands and " + list.size() + " types");
        }
        for (int i = 0; i < operands.size(); i++) out.add(p.resolveOperand(operands.get(i), list.get(i)));
    }

    /** The checks MLIR makes on inherent attributes given in an attribute dictionary. */
    void checkInherentAttributes(List<NamedAttribute> entries, OpAsmParser p, int at) {
        for (NamedAttribute e : entries) {
            int index = def.attributeIndex(e.name());
            if (index < 0) continue;
            OpDef.AttrSpec spec = def.attributes().get(index);
            if (!spec.constraint().accepts(e.value())) {
                throw p.emitError(at, "'" + def.name() + "' op attribute '" + e.name()
                        + "' failed to satisfy constraint: " + spec.constraint().description());
            }
        }
    }

    /**
     * Gives a parsed region what its op's traits require: a block when it holds one
     * (SingleBlock), and the implicit terminator when it has none (SingleBlockImplicitTerminator).
     */
    void completeRegion(List<Block> blocks, ParseRun run) {
        String terminator = def.implicitTerminator();
        if (terminator == null && !def.hasTrait(Trait.SINGLE_BLOCK)) return;
        if (blocks.isEmpty()) blocks.add(new Block());
        if (terminator == null) return;
        Block last = blocks.getLast();
        Operation end = last.last();
        if (end != null && end.hasTrait(Trait.TERMINATOR)) return;
        OpAsmParser p = run.p;
        last.append(Operation.create(p.context().operationName(terminator), p.locationAt(p.nameOffset()), List.of(),
                List.of(), List.of(), 0, null, null));
    }

    // ================================================================ printing

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        // Reused like the parse slots: the run of the last op of this format the printer printed.
        PrintRun run = printer.takeSpare(this) instanceof PrintRun spare ? spare : new PrintRun(this);
        run.start(op, printer);
        for (Element e : elements) e.print(run);
        printer.keepSpare(this, run);
    }

    /** Whether a region's terminator is printed: always, unless it is an implicit one with nothing to show. */
    boolean printsTerminators(Region region) {
        if (def.implicitTerminator() == null || region.isEmpty()) return true;
        Operation term = region.entryBlock().last();
        if (term == null || !term.hasTrait(Trait.TERMINATOR)) return true;
        return Elements.showsTerminator(term);
    }

    /** The names {@code attr-dict} leaves out for this op: shown ones, and defaults left at their value. */
    Set<String> attrDictElisions(PrintRun run) {
        Set<String> names = elided;
        for (int i = 0; i < defaultValued.length; i++) {
            Attribute v = run.attribute(defaultValuedIndex[i]);
            if (v != null && v.equals(defaultValued[i].defaultValue())) {
                if (names == elided) names = new HashSet<>(elided);
                names.add(defaultValued[i].name());
            }
        }
        return names;
    }

    /** The properties {@code prop-dict} leaves out: the same as for the attribute dictionary. */
    Set<String> propDictElisions(PrintRun run) {
        return attrDictElisions(run);
    }
}
