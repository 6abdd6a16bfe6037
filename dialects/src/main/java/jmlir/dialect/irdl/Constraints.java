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
        switch (c) {
            case Any a -> {
                return null;
            }
            case Is is -> {
                return is.expected().equals(value) ? null
                        : "expected '" + text(is.expected()) + "' but got '" + text(value) + "'";
            }
            case AnyOf anyOf -> {
                for (int arg : anyOf.args()) {
                    Attribute[] saved = Arrays.copyOf(bound, bound.length);
                    if (verify(value, arg) == null) return null;
                    bound = saved;
                }
                return "'" + text(value) + "' does not satisfy the constraint";
            }
            case AllOf allOf -> {
                for (int arg : allOf.args()) {
                    String error = verify(value, arg);
                    if (error != null) return error;
                }
                return null;
            }
            case Base base -> {
                return checkBase(base.name(), base.type(), value);
            }
            case Parametric p -> {
                String actual = baseName(value);
                if (!actual.equals(p.name()) || (value instanceof TypeAttr) != p.type()) {
                    return "expected base " + (p.type() ? "type" : "attribute") + " '" + p.name() + "' but got '"
                            + text(value) + "'";
                }
                String error;
                List<Object> params = value instanceof TypeAttr t && t.type() instanceof Defined d ? d.parameters()
                        : value instanceof Defined d ? d.parameters() : List.of();
                if (params.size() != p.args().length) {
                    return "expected " + p.args().length + " parameters, but got " + params.size();
                }
                for (int i = 0; i < params.size(); i++) {
                    if (!(params.get(i) instanceof Attribute param)) {
                        return "expected attribute parameters, but got '" + params.get(i) + "'";
                    }
                    error = verify(param, p.args()[i]);
                    if (error != null) return error;
                }
                return null;
            }
        }
    }

    private static String checkBase(String name, boolean type, Attribute value) {
        String actual = baseName(value);
        if (actual.equals(name) && (value instanceof TypeAttr) == type) return null;
        return "expected base " + (type ? "type" : "attribute") + " '" + name + "' but got '" + actual + "'";
    }

    /** How MLIR names the kind of a type or attribute ({@code builtin.integer}, {@code cmath.complex}). */
    static String baseName(Attribute value) {
        if (value instanceof TypeAttr t) return typeBaseName(t.type());
        return switch (value) {
            case Defined d -> d.definition().name();
            case IntegerAttr i -> "builtin.integer";
            case FloatAttr f -> "builtin.float";
            case StringAttr s -> "builtin.string";
            case ArrayAttr a -> "builtin.array";
            case DictionaryAttr d -> "builtin.dictionary";
            case UnitAttr u -> "builtin.unit";
            case SymbolRefAttr s -> "builtin.symbol_ref";
            case DenseArrayAttr d -> "builtin.dense_array";
            case AffineMapAttr m -> "builtin.affine_map";
            case OpaqueAttr o -> o.dialect() + "." + o.body().split("[<.]", 2)[0];
            default -> "builtin." + value.getClass().getSimpleName();
        };
    }

    private static String typeBaseName(Type type) {
        return switch (type) {
            case Defined d -> d.definition().name();
            case IntegerType i -> "builtin.integer";
            case IndexType i -> "builtin.index";
            case FloatType f -> "builtin." + jmlir.syntax.TypePrinting.toString(f);
            case ComplexType c -> "builtin.complex";
            case VectorType v -> "builtin.vector";
            case RankedTensorType t -> "builtin.tensor";
            case UnrankedTensorType t -> "builtin.unranked_tensor";
            case MemRefType m -> "builtin.memref";
            case UnrankedMemRefType m -> "builtin.unranked_memref";
            case FunctionType f -> "builtin.function";
            case TupleType t -> "builtin.tuple";
            case NoneType n -> "builtin.none";
            case OpaqueType o -> o.dialect() + "." + o.body().split("[<.]", 2)[0];
            default -> "builtin." + type.getClass().getSimpleName();
        };
    }

    static String text(Attribute value) {
        return value instanceof TypeAttr t ? jmlir.syntax.TypePrinting.toString(t.type()) : AttributePrinting.toString(value);
    }
}
