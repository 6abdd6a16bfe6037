package jmlir.ir;

import jmlir.syntax.OpAssembly;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The definition of an operation, as data: its name; its operands and results (single, optional
 * or variadic, each with a type constraint); its attributes (properties or discardable, with
 * constraints and defaults); its regions and successors; its traits; its custom syntax; extra
 * verification; and the class its instances are made of. Generic verification
 * ({@link OpVerification}), parsing and printing are driven by it, whether it was written in Java
 * or loaded from IRDL.
 */
public final class OpDef {
    /** How many values an operand or result stands for. */
    public enum Arity { SINGLE, OPTIONAL, VARIADIC }

    /** An operand or result: its name, arity and the types it accepts. */
    public record ValueSpec(String name, Arity arity, TypeConstraint constraint) {
    }

    /** An attribute: a property (inherent) or discardable, required or optional, with a default. */
    public record AttrSpec(String name, AttrConstraint constraint, boolean optional, Attribute defaultValue,
                           boolean property) {
    }

    /** A region: variadic regions stand for any number of them. */
    public record RegionSpec(String name, boolean variadic) {
    }

    /** A successor block. */
    public record SuccessorSpec(String name, boolean variadic) {
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

    /**
     * Suggests names for an op's results in the custom form ({@code %f} rather than {@code %0}),
     * as MLIR's {@code getAsmResultNames}: calls {@code setName} for the results it names.
     */
    @FunctionalInterface
    public interface ResultNames {
        void name(Operation op, java.util.function.BiConsumer<OpResult, String> setName);
    }

    private final String name;
    private final List<ValueSpec> operands;
    private final List<ValueSpec> results;
    private final List<AttrSpec> attributes;
    private final List<RegionSpec> regions;
    private final List<SuccessorSpec> successors;
    private final Set<Trait> traits;
    private final OpAssembly assembly;
    private final List<Check> verifiers;
    private final Function<Operation.Init, Operation> factory;
    private final String defaultDialect;
    private final List<String> parents;
    private final List<Check> regionVerifiers;
    private final ResultNames resultNames;

    private OpDef(Builder b) {
        this.name = b.name;
        this.operands = List.copyOf(b.operands);
        this.results = List.copyOf(b.results);
        this.attributes = List.copyOf(b.attributes);
        this.regions = List.copyOf(b.regions);
        this.successors = List.copyOf(b.successors);
        this.traits = b.traits.isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(b.traits);
        this.assembly = b.assembly;
        this.verifiers = List.copyOf(b.verifiers);
        this.factory = b.factory;
        this.defaultDialect = b.defaultDialect;
        this.parents = List.copyOf(b.parents);
        this.regionVerifiers = List.copyOf(b.regionVerifiers);
        this.resultNames = b.resultNames;
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
        return assembly;
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

    /** The names the op gives its results in the custom form, or null. */
    public ResultNames resultNames() {
        return resultNames;
    }

    /**
     * The dialect whose ops may drop their prefix inside this op's regions in custom syntax
     * ({@code return} inside {@code func.func}); empty when none.
     */
    public String defaultDialect() {
        return defaultDialect;
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
        private final List<String> parents = new ArrayList<>();
        private final List<Check> regionVerifiers = new ArrayList<>();
        private ResultNames resultNames;

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

        /** An optional property; {@code defaultValue} may be null. */
        public Builder optionalProperty(String name, AttrConstraint constraint, Attribute defaultValue) {
            attributes.add(new AttrSpec(name, constraint, true, defaultValue, true));
            return this;
        }

        public Builder region(String name) {
            regions.add(new RegionSpec(name, false));
            return this;
        }

        public Builder variadicRegion(String name) {
            regions.add(new RegionSpec(name, true));
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

        public Builder resultNames(ResultNames names) {
            this.resultNames = names;
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

        public OpDef build() {
            return new OpDef(this);
        }
    }
}
