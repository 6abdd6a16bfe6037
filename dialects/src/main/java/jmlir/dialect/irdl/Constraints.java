package jmlir.dialect.irdl;

import jmlir.ir.*;
import jmlir.syntax.AttributePrinting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The constraint variables of one IRDL definition and their evaluation. Each variable takes a
 * single value during one check (of an op, type or attribute): the first value it accepts binds
 * it, and later uses must then be equal to that value. Types are checked as {@link TypeAttr}s.
 */
final class Constraints {
    sealed interface Constraint {
    }

    record Any() implements Constraint {
    }

    record Is(Attribute expected) implements Constraint {
    }

    record AnyOf(int[] args) implements Constraint {
    }

    record AllOf(int[] args) implements Constraint {
    }

    /** A base: {@code name} is {@code dialect.mnemonic}; {@code type} tells types from attributes. */
    record Base(String name, boolean type) implements Constraint {
    }

    record Parametric(String name, boolean type, int[] args) implements Constraint {
    }

    private final List<Constraint> constraints;
    private Attribute[] bound;

    Constraints(List<Constraint> constraints) {
        this.constraints = List.copyOf(constraints);
        this.bound = new Attribute[constraints.size()];
    }

    /** Forgets every binding, for a new check. */
    Constraints reset() {
        bound = new Attribute[constraints.size()];
        return this;
    }

    /** Checks {@code value} against variable {@code var}; returns an error message or null. */
    String verify(Attribute value, int var) {
        Attribute prior = bound[var];
        if (prior != null) {
            return prior.equals(value) ? null : "expected '" + text(prior) + "' but got '" + text(value) + "'";
        }
        String error = check(constraints.get(var), value);
        if (error == null) bound[var] = value;
        return error;
    }

    private String check(Constraint c, Attribute value) {
        if (c instanceof Is is) {
            return is.expected().equals(value) ? null
                    : "expected '" + text(is.expected()) + "' but got '" + text(value) + "'";
        }
        if (c instanceof AnyOf anyOf) {
            for (int arg : anyOf.args()) {
                Attribute[] saved = Arrays.copyOf(bound, bound.length);
                if (verify(value, arg) == null) return null;
                bound = saved;
            }
            return "'" + text(value) + "' does not satisfy the constraint";
        }
        if (c instanceof AllOf allOf) {
            for (int arg : allOf.args()) {
                String error = verify(value, arg);
                if (error != null) return error;
            }
            return null;
        }
        if (c instanceof Base base) return checkBase(base.name(), base.type(), value);
        if (c instanceof Parametric p) return checkParametric(p, value);
        return null;
    }

    private String checkParametric(Parametric p, Attribute value) {
        String actual = baseName(value);
        if (!actual.equals(p.name()) || (value instanceof TypeAttr) != p.type()) {
            return "expected base " + (p.type() ? "type" : "attribute") + " '" + p.name() + "' but got '"
                    + text(value) + "'";
        }
        List<Object> params = value instanceof TypeAttr t && t.type() instanceof Defined d ? d.parameters()
                : value instanceof Defined d ? d.parameters() : List.of();
        if (params.size() != p.args().length) {
            return "expected " + p.args().length + " parameters, but got " + params.size();
        }
        for (int i = 0; i < params.size(); i++) {
            if (!(params.get(i) instanceof Attribute param)) {
                return "expected attribute parameters, but got '" + params.get(i) + "'";
            }
            String error = verify(param, p.args()[i]);
            if (error != null) return error;
        }
        return null;
    }

    private static String checkBase(String name, boolean type, Attribute value) {
        String actual = baseName(value);
        if (actual.equals(name) && (value instanceof TypeAttr) == type) return null;
        return "expected base " + (type ? "type" : "attribute") + " '" + name + "' but got '" + actual + "'";
    }

    /** MLIR's names of the builtin attribute and type classes (all final), by class. */
    private static final Map<Class<?>, String> BUILTIN_NAMES = Map.ofEntries(
            Map.entry(IntegerAttr.class, "builtin.integer"),
            Map.entry(FloatAttr.class, "builtin.float"),
            Map.entry(StringAttr.class, "builtin.string"),
            Map.entry(ArrayAttr.class, "builtin.array"),
            Map.entry(DictionaryAttr.class, "builtin.dictionary"),
            Map.entry(UnitAttr.class, "builtin.unit"),
            Map.entry(SymbolRefAttr.class, "builtin.symbol_ref"),
            Map.entry(DenseArrayAttr.class, "builtin.dense_array"),
            Map.entry(AffineMapAttr.class, "builtin.affine_map"),
            Map.entry(IntegerType.class, "builtin.integer"),
            Map.entry(IndexType.class, "builtin.index"),
            Map.entry(ComplexType.class, "builtin.complex"),
            Map.entry(VectorType.class, "builtin.vector"),
            Map.entry(RankedTensorType.class, "builtin.tensor"),
            Map.entry(UnrankedTensorType.class, "builtin.unranked_tensor"),
            Map.entry(MemRefType.class, "builtin.memref"),
            Map.entry(UnrankedMemRefType.class, "builtin.unranked_memref"),
            Map.entry(FunctionType.class, "builtin.function"),
            Map.entry(TupleType.class, "builtin.tuple"),
            Map.entry(NoneType.class, "builtin.none"));

    /** How MLIR names the kind of a type or attribute ({@code builtin.integer}, {@code cmath.complex}). */
    static String baseName(Attribute value) {
        return value instanceof TypeAttr t ? baseNameOf(t.type()) : baseNameOf(value);
    }

    private static String baseNameOf(Object value) {
        if (value instanceof Defined d) return d.definition().name();
        if (value instanceof FloatType f) return "builtin." + f.kind().keyword();
        if (value instanceof OpaqueAttr o) return opaqueBaseName(o.dialect(), o.body());
        if (value instanceof OpaqueType o) return opaqueBaseName(o.dialect(), o.body());
        String name = BUILTIN_NAMES.get(value.getClass());
        return name != null ? name : "builtin." + value.getClass().getSimpleName();
    }

    private static String opaqueBaseName(String dialect, String body) {
        return dialect + "." + body.split("[<.]", 2)[0];
    }

    static String text(Attribute value) {
        return value instanceof TypeAttr t ? jmlir.syntax.TypePrinting.toString(t.type()) : AttributePrinting.toString(value);
    }
}
