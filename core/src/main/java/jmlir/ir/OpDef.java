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

    /** A region: variadic regions stand for any number of them; {@code blocks} is -1 or the required count. */
    public record RegionSpec(String name, boolean variadic, int blocks) {
    }

    /** A successor block. */
    public record SuccessorSpec(String name, boolean variadic) {
    }

    /** Checks an op beyond what its specs say; returns an error message (without the op prefix) or null. */
    @FunctionalInterface
    public interface Verifier {
        String verify(Operation op);
    }

    private final String name;
    private final List<ValueSpec> operands;
    private final List<ValueSpec> results;
    private final List<AttrSpec> attributes;
    private final List<RegionSpec> regions;
    private final List<SuccessorSpec> successors;
    private final Set<Trait> traits;
    private final OpAssembly assembly;
    private final List<Verifier> verifiers;
    private final Function<Operation.Init, Operation> factory;
    private final String defaultDialect;

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

    public List<Verifier> verifiers() {
        return verifiers;
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
        private final List<Verifier> verifiers = new ArrayList<>();
        private OpAssembly assembly;
        private Function<Operation.Init, Operation> factory;
        private String defaultDialect = "";

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

        public Builder verifier(Verifier v) {
            verifiers.add(v);
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
