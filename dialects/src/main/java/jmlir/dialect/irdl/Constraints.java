package jmlir.dialect.irdl;

import jmlir.ir.*;
import jmlir.syntax.AttributePrinting;

import java.util.Arrays;
import java.util.List;

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

    /** How MLIR names the kind of a type or attribute ({@code builtin.integer}, {@code cmath.complex}). */
    static String baseName(Attribute value) {
        if (value instanceof TypeAttr t) return typeBaseName(t.type());
        if (value instanceof Defined d) return d.definition().name();
        if (value instanceof IntegerAttr) return "builtin.integer";
        if (value instanceof FloatAttr) return "builtin.float";
        if (value instanceof StringAttr) return "builtin.string";
        if (value instanceof ArrayAttr) return "builtin.array";
        if (value instanceof DictionaryAttr) return "builtin.dictionary";
        if (value instanceof UnitAttr) return "builtin.unit";
        if (value instanceof SymbolRefAttr) return "builtin.symbol_ref";
        if (value instanceof DenseArrayAttr) return "builtin.dense_array";
        if (value instanceof AffineMapAttr) return "builtin.affine_map";
        if (value instanceof OpaqueAttr o) return o.dialect() + "." + o.body().split("[<.]", 2)[0];
        return "builtin." + value.getClass().getSimpleName();
    }

    private static String typeBaseName(Type type) {
        if (type instanceof Defined d) return d.definition().name();
        if (type instanceof IntegerType) return "builtin.integer";
        if (type instanceof IndexType) return "builtin.index";
        if (type instanceof FloatType f) return "builtin." + f.kind().keyword();
        if (type instanceof ComplexType) return "builtin.complex";
        if (type instanceof VectorType) return "builtin.vector";
        if (type instanceof RankedTensorType) return "builtin.tensor";
        if (type instanceof UnrankedTensorType) return "builtin.unranked_tensor";
        if (type instanceof MemRefType) return "builtin.memref";
        if (type instanceof UnrankedMemRefType) return "builtin.unranked_memref";
        if (type instanceof FunctionType) return "builtin.function";
        if (type instanceof TupleType) return "builtin.tuple";
        if (type instanceof NoneType) return "builtin.none";
        if (type instanceof OpaqueType o) return o.dialect() + "." + o.body().split("[<.]", 2)[0];
        return "builtin." + type.getClass().getSimpleName();
    }

    static String text(Attribute value) {
        return value instanceof TypeAttr t ? jmlir.syntax.TypePrinting.toString(t.type()) : AttributePrinting.toString(value);
    }
}
