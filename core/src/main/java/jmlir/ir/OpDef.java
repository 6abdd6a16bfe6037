package jmlir.ir;

import jmlir.syntax.OpAssembly;
import jmlir.syntax.format.AssemblyFormat;
import jmlir.syntax.format.CustomDirective;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The definition of an operation, as data: its name; its operands and results (single, optional
 * or variadic, each with a type constraint); its attributes (properties or discardable, with
 * constraints and defaults); its regions and successors; its traits; its custom syntax; extra
 * verification; and the class its instances are made of. Generic verification
 * ({@link OpVerification}), parsing and printing are driven by it, whether it was written in Java
 * or loaded from IRDL.
 *
 * <p>Custom syntax is either written by hand ({@link Builder#assembly}) or declared as an ODS
 * assembly format ({@link Builder#format}), compiled the first time the op's syntax is needed
 * (so that loading a dialect of many ops stays cheap):
 * <pre>{@code
 * OpDef.builder("arith.addi")
 *         .operand("lhs", SIGNLESS_INTEGER_LIKE).operand("rhs", SIGNLESS_INTEGER_LIKE)
 *         .result("result", SIGNLESS_INTEGER_LIKE)
 *         .defaultedProperty("overflowFlags", OVERFLOW.constraint(), OVERFLOW.get(0))
 *         .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
 *         .format("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")
 *         .build();
 * }</pre>
 */
public final class OpDef {
    /** How many values an operand or result stands for. */
    public enum Arity { SINGLE, OPTIONAL, VARIADIC }

    /** An operand or result: its name, arity and the types it accepts. */
    public record ValueSpec(String name, Arity arity, TypeConstraint constraint) {
    }

    /**
     * An attribute: a property (inherent) or discardable. As in ODS, a default value makes a
     * required attribute default-valued (DefaultValuedAttr: set on every new op that lacks it)
     * and an optional one default-valued-optional (DefaultValuedOptionalAttr: may stay absent);
     * either way the custom syntax leaves it out while it equals its default.
     */
    public record AttrSpec(String name, AttrConstraint constraint, boolean optional, Attribute defaultValue,
                           boolean property) {
    }

    /** A region: variadic regions stand for any number of them; {@code blocks} is -1 or the required count. */
    public record RegionSpec(String name, boolean variadic, int blocks) {
    }

    /** A successor block. */
    public record SuccessorSpec(String name, boolean variadic) {
    }

    /**
     * A constraint between the types of named operands, results or attributes, which verifies
     * them and lets formats infer types that are not written.
     */
    public sealed interface TypeRelation {
    }

    /** ODS's AllTypesMatch: the named values (and typed attributes) all have one type. */
    public record AllTypesMatch(List<String> names) implements TypeRelation {
        public AllTypesMatch {
            names = List.copyOf(names);
        }
    }

    /**
     * ODS's TypesMatchWith: the type of {@code rhs} is {@code transform} applied to the type of
     * {@code lhs}; {@code summary} completes "failed to verify that ...".
     */
    public record TypesMatchWith(String summary, String lhs, String rhs, UnaryOperator<Type> transform)
            implements TypeRelation {
    }

    /**
     * Computes an op's result types from its operands, properties and attributes (ODS's
     * InferTypeOpInterface); returns null when they cannot be inferred.
     */
    @FunctionalInterface
    public interface ResultTypeInference {
        List<Type> infer(List<Value> operands, DictionaryAttr properties, DictionaryAttr attributes);
    }

    /**
     * Suggests names for an op's results in custom syntax (MLIR's OpAsmOpInterface
     * getAsmResultNames): {@code %c0}, {@code %true}, {@code %cst}. The printer makes them valid
     * identifiers and unique ({@code %c0_1}); the generic form ignores them.
     */
    @FunctionalInterface
    public interface ResultNamer {
        /** Calls {@code setName} for each result that gets a name; others stay numbered. */
        void names(Operation op, java.util.function.BiConsumer<Value, String> setName);
    }

    /**
     * How an op calls (MLIR's CallOpInterface): {@code callee} names the symbol-reference
     * property or the operand that holds what is called; {@code arguments} names the operand
     * spec of the arguments passed. Queried through {@link CallOpInterface}.
     */
    public record CallSpec(String callee, String arguments) {
    }

    /**
     * How an op can be called (MLIR's CallableOpInterface): {@code region} names its body region
     * and {@code functionType} the property holding its function type. Queried through
     * {@link CallableOpInterface}.
     */
    public record CallableSpec(String region, String functionType) {
    }

    /**
     * Which operands a branch forwards to its successors (MLIR's BranchOpInterface):
     * {@code forwarded.get(i)} names the operand spec passed to successor {@code i}, or is null
     * when it passes none. Queried through {@link BranchOpInterface}.
     */
    public record BranchSpec(List<String> forwarded, ForwardedOperands custom) {
        public BranchSpec {
            forwarded = java.util.Collections.unmodifiableList(new ArrayList<>(forwarded));
        }

        public BranchSpec(List<String> forwarded) {
            this(forwarded, null);
        }
    }

    /**
     * Where a branch keeps the operands of each successor when that is not one operand spec per
     * successor (a variadic list of successors, each with its own group of operands, as
     * {@code cf.switch} has).
     */
    public interface ForwardedOperands {
        /** The operands forwarded to {@code successor}: {@code [start, size]} among the op's operands. */
        int[] range(Operation op, int successor);

        /**
         * The operands forwarded to {@code successor} grew (or shrank, for a negative {@code delta})
         * by {@code delta} at the end of its range: updates the properties that size the groups.
         */
        void resized(Operation op, int successor, int delta);
    }

    /**
     * Control flow between an op and its regions (MLIR's RegionBranchOpInterface). Queried
     * through {@link RegionBranchOpInterface}.
     */
    public interface RegionBranch {
        /**
         * Where control may go from {@code from} (a region of {@code op}, or null for the op
         * itself, i.e. on entry): regions of the op, or the op's results (a successor whose
         * region is null).
         */
        List<RegionBranchOpInterface.Successor> successors(Operation op, Region from);

        /** The operands of {@code op} passed to region {@code to} on entry. */
        List<Value> entryOperands(Operation op, Region to);
    }

    /**
     * The operands a region terminator passes to where control goes next (MLIR's
     * RegionBranchTerminatorOpInterface); {@code to} is a sibling region or null for the parent
     * op's results. Ops with {@link Trait#RETURN_LIKE} need none: they pass all their operands.
     */
    @FunctionalInterface
    public interface RegionTerminator {
        List<Value> successorOperands(Operation terminator, Region to);
    }

    /** Checks an op beyond what its specs say; returns an error message (without the op prefix) or null. */
    @FunctionalInterface
    public interface Verifier {
        String verify(Operation op);
    }

    /** Checks an op and reports the whole diagnostic (message, notes); returns it, or null. */
    @FunctionalInterface
    public interface Check {
        Diagnostic check(Operation op);
    }

    private final String name;
    private final List<ValueSpec> operands;
    private final List<ValueSpec> results;
    private final List<AttrSpec> attributes;
    private final List<RegionSpec> regions;
    private final List<SuccessorSpec> successors;
    private final Set<Trait> traits;
    /** The custom syntax; for a declared format, compiled on first use (see {@link #assembly()}). */
    private volatile OpAssembly assembly;
    private final String format;
    private final Map<String, CustomDirective> directives;
    private final List<Check> verifiers;
    private final Function<Operation.Init, Operation> factory;
    private final String defaultDialect;
    private final List<TypeRelation> typeRelations;
    private final ResultTypeInference resultTypeInference;
    private final String implicitTerminator;
    private final java.util.function.Function<Operation, Diagnostic> ownVerifier;
    private final ResultNamer resultNamer;
    /** Properties with a default value, set on every new op that lacks them. */
    private final List<AttrSpec> defaultedProperties;
    /** The properties of an op given none: the defaults alone, shared. */
    private final DictionaryAttr defaultsOnly;
    private final List<String> parents;
    private final List<Check> regionVerifiers;
    private final Folder folder;
    private final MemoryEffect.Provider effects;
    private final java.util.function.Supplier<List<jmlir.rewrite.RewritePattern>> canonicalizations;
    private final CallSpec call;
    private final CallableSpec callable;
    private final BranchSpec branch;
    private final RegionBranch regionBranch;
    private final RegionTerminator regionTerminator;

    private OpDef(Builder b) {
        this.name = b.name;
        this.operands = List.copyOf(b.operands);
        this.results = List.copyOf(b.results);
        this.attributes = withSegmentSizes(b.attributes, b.traits);
        this.regions = List.copyOf(b.regions);
        this.successors = List.copyOf(b.successors);
        this.traits = b.traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(b.traits);
        this.verifiers = List.copyOf(b.verifiers);
        this.factory = b.factory;
        this.defaultDialect = b.defaultDialect;
        this.typeRelations = List.copyOf(b.typeRelations);
        this.resultTypeInference = b.resultTypeInference;
        this.implicitTerminator = b.implicitTerminator;
        this.ownVerifier = b.ownVerifier;
        this.resultNamer = b.resultNamer;
        List<AttrSpec> defaulted = new ArrayList<>();
        for (AttrSpec a : attributes) if (a.property() && !a.optional() && a.defaultValue() != null) defaulted.add(a);
        this.defaultedProperties = List.copyOf(defaulted);
        List<NamedAttribute> defaults = new ArrayList<>();
        for (AttrSpec a : defaulted) defaults.add(new NamedAttribute(a.name(), a.defaultValue()));
        this.defaultsOnly = DictionaryAttr.sorted(defaults);
        // Compiled last: the format reads the specs above.
        this.format = b.format;
        this.directives = Map.copyOf(b.directives);
        this.assembly = b.format != null ? null : b.assembly;
        this.parents = List.copyOf(b.parents);
        List<Check> regionChecks = new ArrayList<>();
        if (b.implicitTerminator != null) regionChecks.add(implicitTerminatorCheck(b.implicitTerminator));
        regionChecks.addAll(b.interfaceRegionVerifiers);
        if (b.regionBranch != null) regionChecks.add(RegionBranchOpInterface::verify);
        regionChecks.addAll(b.regionVerifiers);
        this.regionVerifiers = List.copyOf(regionChecks);
        this.folder = b.folder;
        this.effects = b.effects;
        this.canonicalizations = b.canonicalizations;
        this.call = b.call;
        this.callable = b.callable;
        this.branch = b.branch;
        this.regionBranch = b.regionBranch;
        this.regionTerminator = b.regionTerminator;
    }

    /** How the op calls, or null when it is no call. */
    public CallSpec call() {
        return call;
    }

    /** How the op is called, or null when it is not callable. */
    public CallableSpec callable() {
        return callable;
    }

    /** The operands the op forwards to its successors, or null when it is no branch op. */
    public BranchSpec branch() {
        return branch;
    }

    /** The op's region control flow, or null when it states none. */
    public RegionBranch regionBranch() {
        return regionBranch;
    }

    /** The operands the op passes on as a region terminator, or null (see {@link RegionTerminator}). */
    public RegionTerminator regionTerminator() {
        return regionTerminator;
    }

    /** ODS's SingleBlockImplicitTerminator check: each non-empty region ends with {@code terminator}. */
    private static Check implicitTerminatorCheck(String terminator) {
        return op -> {
            for (int i = 0; i < op.numRegions(); i++) {
                Region region = op.region(i);
                if (region.isEmpty()) continue;
                Operation last = region.entryBlock().last();
                if (last != null && last.name().name().equals(terminator)) continue;
                Diagnostic d = Diagnostic.opError(op, "expects regions to end with '" + terminator + "', found '"
                        + (last == null ? "" : last.name().name()) + "'");
                d.attachNote(null, "in custom textual format, the absence of terminator implies '" + terminator + "'");
                return d;
            }
            return null;
        };
    }

    /** The fold hook, or null. */
    public Folder folder() {
        return folder;
    }

    /**
     * The memory effects of ops of this definition, or null when it states none (then an op
     * with the {@link Trait#PURE} trait has none, and any other may have any).
     */
    public MemoryEffect.Provider effects() {
        return effects;
    }

    /** The canonicalization patterns this op contributes (made anew on each call). */
    public List<jmlir.rewrite.RewritePattern> canonicalizationPatterns() {
        return canonicalizations == null ? List.of() : canonicalizations.get();
    }

    /** The specs, plus the segment-size properties that attr-sized operands or results imply. */
    private static List<AttrSpec> withSegmentSizes(List<AttrSpec> specs, Set<Trait> traits) {
        List<AttrSpec> all = new ArrayList<>(specs);
        if (traits.contains(Trait.ATTR_SIZED_OPERAND_SEGMENTS)) addSegmentSizes(all, "operandSegmentSizes");
        if (traits.contains(Trait.ATTR_SIZED_RESULT_SEGMENTS)) addSegmentSizes(all, "resultSegmentSizes");
        return List.copyOf(all);
    }

    private static void addSegmentSizes(List<AttrSpec> specs, String name) {
        for (AttrSpec s : specs) if (s.name().equals(name)) return;
        specs.add(new AttrSpec(name, AttrConstraint.DENSE_I32_ARRAY, true, null, true));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<ValueSpec> operands() {
        return operands;
    }

    public List<ValueSpec> results() {
        return results;
    }

    public List<AttrSpec> attributes() {
        return attributes;
    }

    /**
     * Checks the values given for the op's properties among {@code attrs} against their
     * constraints, as MLIR does when a parser meets them in an attribute dictionary; returns the
     * message (without the op prefix), or null.
     */
    public String checkInherentAttributes(List<NamedAttribute> attrs) {
        for (AttrSpec spec : attributes) {
            if (!spec.property()) continue;
            for (NamedAttribute a : attrs) {
                if (a.name().equals(spec.name()) && !spec.constraint().accepts(a.value())) {
                    return "attribute '" + spec.name() + "' failed to satisfy constraint: "
                            + spec.constraint().description();
                }
            }
        }
        return null;
    }

    /** The spec of the op's property {@code attrName}, or null when it has none of that name. */
    public AttrSpec property(String attrName) {
        for (AttrSpec spec : attributes) if (spec.property() && spec.name().equals(attrName)) return spec;
        return null;
    }

    /** Whether {@code attrName} is one of the op's properties (inherent attributes). */
    public boolean isProperty(String attrName) {
        return property(attrName) != null;
    }

    public List<RegionSpec> regions() {
        return regions;
    }

    public List<SuccessorSpec> successors() {
        return successors;
    }

    public boolean hasTrait(Trait trait) {
        return traits.contains(trait);
    }

    /** The op's custom syntax, or null when it prints in the generic form. */
    public OpAssembly assembly() {
        OpAssembly a = assembly;
        if (a == null && format != null) {
            synchronized (this) {
                a = assembly;
                if (a == null) assembly = a = AssemblyFormat.compile(this, format, directives);
            }
        }
        return a;
    }

    /** The op's own checks, run after the constraints its specs and traits imply. */
    public List<Check> verifiers() {
        return verifiers;
    }

    /** The ops this op must be directly nested in (MLIR's {@code HasParent}); empty when any. */
    public List<String> parents() {
        return parents;
    }

    /** Checks run after the ops in this op's regions are verified (MLIR's region verifiers). */
    public List<Check> regionVerifiers() {
        return regionVerifiers;
    }


    /**
     * The dialect whose ops may drop their prefix inside this op's regions in custom syntax
     * ({@code return} inside {@code func.func}); empty when none.
     */
    public String defaultDialect() {
        return defaultDialect;
    }

    /** The constraints between types of operands, results and attributes, in declaration order. */
    public List<TypeRelation> typeRelations() {
        return typeRelations;
    }

    /** How result types follow from operands and attributes; null when they do not. */
    public ResultTypeInference resultTypeInference() {
        return resultTypeInference;
    }

    /**
     * The op ending each block of this op's regions when left out in custom syntax (ODS's
     * SingleBlockImplicitTerminator, such as {@code scf.yield}); null when there is none.
     */
    public String implicitTerminator() {
        return implicitTerminator;
    }

    /**
     * A verifier that replaces all the checks the specs imply (for ops defined at run time, which
     * word their errors themselves); null when the specs are checked.
     */
    public java.util.function.Function<Operation, Diagnostic> ownVerifier() {
        return ownVerifier;
    }

    /** How results are named in custom syntax; null when they are numbered. */
    public ResultNamer resultNamer() {
        return resultNamer;
    }

    /** The index of the operand spec with this name, or -1. */
    public int operandIndex(String name) {
        for (int i = 0; i < operands.size(); i++) if (operands.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The index of the result spec with this name, or -1. */
    public int resultIndex(String name) {
        for (int i = 0; i < results.size(); i++) if (results.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The index of the region spec with this name, or -1. */
    public int regionIndex(String name) {
        for (int i = 0; i < regions.size(); i++) if (regions.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The index of the successor spec with this name, or -1. */
    public int successorIndex(String name) {
        for (int i = 0; i < successors.size(); i++) if (successors.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The index of the attribute spec with this name, or -1. */
    public int attributeIndex(String name) {
        for (int i = 0; i < attributes.size(); i++) if (attributes.get(i).name().equals(name)) return i;
        return -1;
    }

    /**
     * Adds the default values of properties missing from {@code properties} (as MLIR does when
     * it creates an op); returns {@code properties} itself when nothing is missing.
     */
    Attribute withDefaultProperties(Attribute properties) {
        if (defaultedProperties.isEmpty()) return properties;
        if (properties == null) return defaultsOnly;
        if (!(properties instanceof DictionaryAttr dict)) return properties;
        List<NamedAttribute> added = null;
        for (int i = 0; i < defaultedProperties.size(); i++) { // indexed: runs for every op created
            AttrSpec a = defaultedProperties.get(i);
            if (dict.get(a.name()) != null) continue;
            if (added == null) added = new ArrayList<>(dict.entries());
            added.add(new NamedAttribute(a.name(), a.defaultValue()));
        }
        return added == null ? properties : DictionaryAttr.sorted(added);
    }

    /**
     * Where each operand spec's values start among the op's operands, and how many there are:
     * {@code [start0, size0, start1, size1, ...]}. Single operands take one; one optional or
     * variadic spec takes what is left; several take the sizes of the
     * {@code operandSegmentSizes} property (ODS's AttrSizedOperandSegments).
     */
    public int[] operandSegments(Operation op) {
        return segments(operands, op.numOperands(), op, "operandSegmentSizes");
    }

    /** Like {@link #operandSegments} for results ({@code resultSegmentSizes}). */
    public int[] resultSegments(Operation op) {
        return segments(results, op.numResults(), op, "resultSegmentSizes");
    }

    private static int[] segments(List<ValueSpec> specs, int count, Operation op, String sizesName) {
        int n = specs.size();
        int[] out = new int[2 * n];
        int open = 0;
        for (int i = 0; i < n; i++) if (specs.get(i).arity() != Arity.SINGLE) open++;
        long[] sizes = null;
        if (open > 1 && op.properties() instanceof DictionaryAttr props
                && props.get(sizesName) instanceof DenseArrayAttr d && d.values().length == n) {
            sizes = d.values();
        }
        int fixed = n - open;
        int start = 0;
        for (int i = 0; i < n; i++) {
            int size;
            if (sizes != null) size = (int) sizes[i];
            else if (specs.get(i).arity() == Arity.SINGLE) size = 1;
            else if (open == 1) size = Math.max(0, count - fixed);
            else size = 0;
            size = Math.max(0, Math.min(size, count - start));
            out[2 * i] = start;
            out[2 * i + 1] = size;
            start += size;
        }
        return out;
    }

    /** Makes instances of the op's class; null for plain {@link Operation}s. */
    public Function<Operation.Init, Operation> factory() {
        return factory;
    }

    /** Collects the parts of a definition. */
    public static final class Builder {
        private final String name;
        private final List<ValueSpec> operands = new ArrayList<>();
        private final List<ValueSpec> results = new ArrayList<>();
        private final List<AttrSpec> attributes = new ArrayList<>();
        private final List<RegionSpec> regions = new ArrayList<>();
        private final List<SuccessorSpec> successors = new ArrayList<>();
        private final Set<Trait> traits = EnumSet.noneOf(Trait.class);
        private final List<Check> verifiers = new ArrayList<>();
        private OpAssembly assembly;
        private Function<Operation.Init, Operation> factory;
        private String defaultDialect = "";
        private final List<TypeRelation> typeRelations = new ArrayList<>();
        private ResultTypeInference resultTypeInference;
        private String implicitTerminator;
        private ResultNamer resultNamer;
        private String format;
        private java.util.function.Function<Operation, Diagnostic> ownVerifier;
        private final Map<String, CustomDirective> directives = new HashMap<>();
        private final List<String> parents = new ArrayList<>();
        private final List<Check> regionVerifiers = new ArrayList<>();
        private final List<Check> interfaceRegionVerifiers = new ArrayList<>();
        private Folder folder;
        private MemoryEffect.Provider effects;
        private java.util.function.Supplier<List<jmlir.rewrite.RewritePattern>> canonicalizations;
        private CallSpec call;
        private CallableSpec callable;
        private BranchSpec branch;
        private RegionBranch regionBranch;
        private RegionTerminator regionTerminator;

        private Builder(String name) {
            this.name = name;
        }

        public Builder operand(String name, TypeConstraint constraint) {
            operands.add(new ValueSpec(name, Arity.SINGLE, constraint));
            return this;
        }

        public Builder optionalOperand(String name, TypeConstraint constraint) {
            operands.add(new ValueSpec(name, Arity.OPTIONAL, constraint));
            return this;
        }

        public Builder variadicOperand(String name, TypeConstraint constraint) {
            operands.add(new ValueSpec(name, Arity.VARIADIC, constraint));
            return this;
        }

        public Builder result(String name, TypeConstraint constraint) {
            results.add(new ValueSpec(name, Arity.SINGLE, constraint));
            return this;
        }

        public Builder optionalResult(String name, TypeConstraint constraint) {
            results.add(new ValueSpec(name, Arity.OPTIONAL, constraint));
            return this;
        }

        public Builder variadicResult(String name, TypeConstraint constraint) {
            results.add(new ValueSpec(name, Arity.VARIADIC, constraint));
            return this;
        }

        /** A required property (inherent attribute). */
        public Builder property(String name, AttrConstraint constraint) {
            attributes.add(new AttrSpec(name, constraint, false, null, true));
            return this;
        }

        /**
         * An optional property; {@code defaultValue} may be null (ODS's OptionalAttr), else it is
         * the value an absent property stands for (DefaultValuedOptionalAttr).
         */
        public Builder optionalProperty(String name, AttrConstraint constraint, Attribute defaultValue) {
            attributes.add(new AttrSpec(name, constraint, true, defaultValue, true));
            return this;
        }

        /** A property with a default value that every new op gets when it lacks one (ODS's DefaultValuedAttr). */
        public Builder defaultedProperty(String name, AttrConstraint constraint, Attribute defaultValue) {
            attributes.add(new AttrSpec(name, constraint, false, defaultValue, true));
            return this;
        }

        /** A required discardable attribute (inherent to the op but kept among its attributes). */
        public Builder attribute(String name, AttrConstraint constraint) {
            attributes.add(new AttrSpec(name, constraint, false, null, false));
            return this;
        }

        /** An optional discardable attribute; {@code defaultValue} may be null. */
        public Builder optionalAttribute(String name, AttrConstraint constraint, Attribute defaultValue) {
            attributes.add(new AttrSpec(name, constraint, true, defaultValue, false));
            return this;
        }

        public Builder region(String name) {
            regions.add(new RegionSpec(name, false, -1));
            return this;
        }

        /** A region that must have exactly {@code blocks} blocks (MLIR's SizedRegion). */
        public Builder sizedRegion(String name, int blocks) {
            regions.add(new RegionSpec(name, false, blocks));
            return this;
        }

        public Builder variadicRegion(String name) {
            regions.add(new RegionSpec(name, true, -1));
            return this;
        }

        public Builder successor(String name) {
            successors.add(new SuccessorSpec(name, false));
            return this;
        }

        public Builder variadicSuccessor(String name) {
            successors.add(new SuccessorSpec(name, true));
            return this;
        }

        public Builder traits(Trait... ts) {
            traits.addAll(List.of(ts));
            return this;
        }

        public Builder assembly(OpAssembly a) {
            this.assembly = a;
            return this;
        }

        /**
         * The op's declarative assembly format, in ODS syntax; compiled by the first call of
         * {@link OpDef#assembly()}, which throws {@link jmlir.syntax.format.FormatException} when
         * it is not valid for the op.
         */
        public Builder format(String assemblyFormat) {
            this.format = assemblyFormat;
            return this;
        }

        /** Makes {@code custom<name>(...)} in the format call {@code directive}. */
        public Builder directive(String name, CustomDirective directive) {
            directives.put(name, directive);
            return this;
        }

        /** Makes {@code custom<...>} in the format resolve to these directives (by name). */
        public Builder directives(Map<String, CustomDirective> named) {
            directives.putAll(named);
            return this;
        }

        /** ODS's AllTypesMatch over the named operands, results and attributes. */
        public Builder allTypesMatch(String... names) {
            typeRelations.add(new AllTypesMatch(List.of(names)));
            return this;
        }

        /** ODS's TypesMatchWith: the type of {@code rhs} is {@code transform(type of lhs)}. */
        public Builder typesMatchWith(String summary, String lhs, String rhs, UnaryOperator<Type> transform) {
            typeRelations.add(new TypesMatchWith(summary, lhs, rhs, transform));
            return this;
        }

        /** How result types follow from the operands (ODS's InferTypeOpInterface). */
        public Builder inferResultTypes(ResultTypeInference inference) {
            this.resultTypeInference = inference;
            return this;
        }

        /** ODS's SingleBlockImplicitTerminator: regions hold one block, ended by {@code opName}. */
        public Builder implicitTerminator(String opName) {
            this.implicitTerminator = opName;
            traits.add(Trait.SINGLE_BLOCK);
            return this;
        }

        /** Checks ops with {@code v} alone, which returns the whole diagnostic or null (see {@link #ownVerifier()}). */
        public Builder ownVerifier(java.util.function.Function<Operation, Diagnostic> v) {
            this.ownVerifier = v;
            return this;
        }

        /** Names the op's results in custom syntax (MLIR's getAsmResultNames). */
        public Builder resultNames(ResultNamer namer) {
            this.resultNamer = namer;
            return this;
        }

        /** A check whose message is reported as {@code 'name' op message}. */
        public Builder verifier(Verifier v) {
            verifiers.add(op -> {
                String message = v.verify(op);
                return message == null ? null : Diagnostic.opError(op, message);
            });
            return this;
        }

        /** A check that makes its own diagnostic (another prefix, notes). */
        public Builder diagnosticVerifier(Check c) {
            verifiers.add(c);
            return this;
        }

        /** The op must sit directly in one of these ops ("expects parent op ..."). */
        public Builder parents(String... opNames) {
            parents.addAll(List.of(opNames));
            return this;
        }

        public Builder regionVerifier(Check v) {
            regionVerifiers.add(v);
            return this;
        }

        /**
         * A region check of an interface the op lists before RegionBranchOpInterface (such as
         * LoopLikeOpInterface's): it runs after the implicit-terminator check and before the
         * region control flow check and the op's own region verifiers, as in MLIR.
         */
        public Builder interfaceRegionVerifier(Check v) {
            interfaceRegionVerifiers.add(v);
            return this;
        }

        public Builder defaultDialect(String namespace) {
            this.defaultDialect = namespace;
            return this;
        }

        public Builder factory(Function<Operation.Init, Operation> f) {
            this.factory = f;
            return this;
        }

        public Builder folder(Folder f) {
            this.folder = f;
            return this;
        }

        /** The fold hook of a single-result op. */
        public Builder folder(Folder.Single f) {
            return folder(Folder.single(f));
        }

        public Builder effects(MemoryEffect.Provider provider) {
            this.effects = provider;
            return this;
        }

        /** The op's canonicalization patterns, made when a pass asks for them. */
        public Builder canonicalizations(java.util.function.Supplier<List<jmlir.rewrite.RewritePattern>> patterns) {
            this.canonicalizations = patterns;
            return this;
        }

        /** The op calls what {@code callee} (a symbol-ref property or an operand) names, passing {@code arguments}. */
        public Builder call(String callee, String arguments) {
            this.call = new CallSpec(callee, arguments);
            return this;
        }

        /** The op is callable: its body is region {@code region}, its type the property {@code functionType}. */
        public Builder callable(String region, String functionType) {
            this.callable = new CallableSpec(region, functionType);
            return this;
        }

        /** The op branches, forwarding the named operand spec to each successor in turn (null for none). */
        public Builder branch(String... forwardedPerSuccessor) {
            this.branch = new BranchSpec(java.util.Arrays.asList(forwardedPerSuccessor));
            return this;
        }

        /** The op branches, forwarding to each successor the operands {@code forwarded} says. */
        public Builder branch(ForwardedOperands forwarded) {
            this.branch = new BranchSpec(List.of(), forwarded);
            return this;
        }

        public Builder regionBranch(RegionBranch rb) {
            this.regionBranch = rb;
            return this;
        }

        public Builder regionTerminator(RegionTerminator rt) {
            this.regionTerminator = rt;
            return this;
        }

        public OpDef build() {
            return new OpDef(this);
        }
    }
}
