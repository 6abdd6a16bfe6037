package jmlir.ir;

import java.util.function.Predicate;

/**
 * What types an operand or result accepts, and how MLIR describes them in errors. Custom syntax
 * also asks a constraint for the one type it may stand for ({@link #buildableType()}: an index
 * operand needs no type written) and for the kind of type a {@code type($x)} directive must read
 * ({@link #kindName()}, as in "expected builtin.memref").
 */
public interface TypeConstraint {
    boolean accepts(Type type);

    /** The description mlir-opt uses: "... must be {description}, but got 'f32'". */
    String description();

    /** The only type this constraint allows, which declarative formats may leave unwritten; null if several. */
    default Type buildableType() {
        return null;
    }

    /**
     * The name of the class of types {@code type($x)} reads ({@code builtin.memref}); null when any
     * type is read. {@link #isKind} tells the types of that class.
     */
    default String kindName() {
        return null;
    }

    /** Whether {@code type} is of the class {@link #kindName()} names (the C++ type ODS reads). */
    default boolean isKind(Type type) {
        return true;
    }

    /**
     * For constraints over one type of a dialect jmlir keeps as text ({@link OpaqueType}): its
     * name, {@code dialect.mnemonic}. Formats then write the type without that prefix, as MLIR
     * writes types in op syntax ({@code <i32>} for {@code !emitc.lvalue<i32>}); null otherwise.
     */
    default String dialectTypeName() {
        return null;
    }

    /**
     * For constraints over the types of one {@link TypeDef}: the definition. Formats then write
     * the type without its {@code !dialect.mnemonic} prefix unless {@code qualified}, as MLIR
     * writes types of a known class in op syntax; null otherwise.
     */
    default TypeDef typeDef() {
        return null;
    }

    static TypeConstraint of(String description, Predicate<Type> test) {
        return new Basic(description, test, null, null, null);
    }

    /** A constraint satisfied by exactly {@code type}, which formats can therefore infer. */
    static TypeConstraint buildable(String description, Type type) {
        return new Basic(description, type::equals, type, null, null);
    }

    /**
     * A constraint over a class of types named {@code kindName} (recognised by {@code kind}),
     * accepting those that also pass {@code test}.
     */
    static TypeConstraint ofKind(String description, String kindName, Predicate<Type> kind, Predicate<Type> test) {
        return new Basic(description, t -> kind.test(t) && test.test(t), null, kindName, kind);
    }

    /**
     * The type {@code !dialect.mnemonic<...>} of a dialect kept as text, whatever its parameters;
     * formats write it as its parameters {@code <...>} (which must then be there) unless
     * {@code qualified}, and also read the full form.
     */
    static TypeConstraint dialectType(String description, String dialect, String mnemonic) {
        return new DialectType(description, dialect, mnemonic);
    }

    /** The implementation of {@link #dialectType}. */
    record DialectType(String description, String dialect, String mnemonic) implements TypeConstraint {
        @Override
        public boolean accepts(Type type) {
            return isKind(type);
        }

        @Override
        public boolean isKind(Type type) {
            return type instanceof OpaqueType o && o.dialect().equals(dialect) && o.body().startsWith(mnemonic)
                    && (o.body().length() == mnemonic.length() || o.body().charAt(mnemonic.length()) == '<');
        }

        @Override
        public String kindName() {
            return dialect + "." + mnemonic;
        }

        @Override
        public String dialectTypeName() {
            return kindName();
        }
    }

    /** The types of {@code def}; {@code type($x)} in op formats writes them without their prefix. */
    static TypeConstraint of(TypeDef def) {
        return new OfDef(def);
    }

    /** The implementation of {@link #of(TypeDef)}. */
    record OfDef(TypeDef typeDef) implements TypeConstraint {
        @Override
        public boolean accepts(Type type) {
            return isKind(type);
        }

        @Override
        public String description() {
            return typeDef.summary();
        }

        @Override
        public boolean isKind(Type type) {
            return type instanceof DefinedType d && d.definition() == typeDef;
        }

        @Override
        public String kindName() {
            return typeDef.name();
        }
    }

    /** The plain implementation behind the factories. */
    record Basic(String description, Predicate<Type> test, Type buildableType, String kindName,
                 Predicate<Type> kind) implements TypeConstraint {
        @Override
        public boolean accepts(Type type) {
            return test.test(type);
        }

        @Override
        public boolean isKind(Type type) {
            return kind == null || kind.test(type);
        }
    }

    TypeConstraint ANY = of("any type", t -> true);
    TypeConstraint INDEX = buildable("index", IndexType.INSTANCE);
    TypeConstraint I1 = buildable("1-bit signless integer", IntegerType.I1);
    TypeConstraint I32 = buildable("32-bit signless integer", IntegerType.I32);
    TypeConstraint FUNCTION = of("function type", t -> t instanceof FunctionType);
}
