package jmlir.ir;

import jmlir.syntax.AttrSyntax;
import jmlir.syntax.format.BuiltinAttrSyntax;

import java.util.List;
import java.util.function.Predicate;

/**
 * What values an attribute accepts, and how MLIR describes them in errors. Declarative formats
 * also ask a constraint how its values are written: with their type left out when the type is
 * fixed ({@link #valueType()}), through a syntax of their own ({@link #syntax()}: enum keywords,
 * {@code @symbol} names, dialect attributes without their {@code #dialect.mnemonic} prefix), and
 * which parsed values are of the right kind ({@link #isKind}).
 */
public interface AttrConstraint {
    boolean accepts(Attribute attr);

    /** The description mlir-opt uses: "attribute 'x' failed to satisfy constraint: {description}". */
    String description();

    /**
     * The type every value has (i64 for I64Attr, none for StrAttr), which custom syntax leaves
     * out; null when values carry their own type.
     */
    default Type valueType() {
        return null;
    }

    /** How declarative formats read and write values; null for the plain attribute syntax. */
    default AttrSyntax syntax() {
        return null;
    }

    /**
     * Whether a parsed value is of the attribute class the op stores (ODS's storage type), as
     * opposed to satisfying the constraint; values of another class are rejected while parsing.
     */
    default boolean isKind(Attribute attr) {
        return true;
    }

    /**
     * The class values are stored as (ODS's storage type) when it matters to parsing: an
     * optional string, array or symbol reference is only read when the next token starts one.
     */
    default Class<? extends Attribute> storageClass() {
        return Attribute.class;
    }

    /** Whether values are presence flags ({@code unit}), which optional groups can stand for. */
    default boolean isUnit() {
        return false;
    }

    /** Whether any attribute at all is stored (ODS's {@code ::mlir::Attribute} storage). */
    default boolean isAnyAttribute() {
        return false;
    }

    static AttrConstraint of(String description, Predicate<Attribute> test) {
        return new Basic(description, test, test, null, null, Attribute.class);
    }

    /**
     * A constraint over attributes of one class ({@code kind}), accepting those that also pass
     * {@code test}; {@code valueType} as for {@link #valueType()}.
     */
    static AttrConstraint ofKind(String description, Predicate<Attribute> kind, Predicate<Attribute> test,
                                 Type valueType) {
        return new Basic(description, a -> kind.test(a) && test.test(a), kind, valueType, null, Attribute.class);
    }

    /** A constraint whose values are written in {@code syntax}. */
    static AttrConstraint withSyntax(String description, Predicate<Attribute> kind, Predicate<Attribute> test,
                                     AttrSyntax syntax) {
        return new Basic(description, a -> kind.test(a) && test.test(a), kind, null, syntax, Attribute.class);
    }

    /** A constraint over all attributes of class {@code storage}, with {@code valueType} as for {@link #valueType()}. */
    static AttrConstraint ofClass(String description, Class<? extends Attribute> storage, Type valueType,
                                  AttrSyntax syntax) {
        return new Basic(description, storage::isInstance, storage::isInstance, valueType, syntax, storage);
    }

    /** The plain implementation behind the factories. */
    record Basic(String description, Predicate<Attribute> test, Predicate<Attribute> kind, Type valueType,
                 AttrSyntax syntax, Class<? extends Attribute> storageClass) implements AttrConstraint {
        @Override
        public boolean accepts(Attribute attr) {
            return test.test(attr);
        }

        @Override
        public boolean isKind(Attribute attr) {
            return kind.test(attr);
        }
    }

    /** Integers of exactly {@code type}, written without their type. */
    static AttrConstraint integer(String description, Type type) {
        return ofKind(description, a -> a instanceof IntegerAttr, a -> ((IntegerAttr) a).type().equals(type), type);
    }

    /** Integers of any signedness {@code width} bits wide, written with their type (ODS's AnyI32Attr). */
    static AttrConstraint anyIntegerOfWidth(String description, int width) {
        return ofKind(description, a -> a instanceof IntegerAttr,
                a -> ((IntegerAttr) a).type() instanceof IntegerType t && t.width() == width, null);
    }

    /**
     * Values that satisfy any of {@code alternatives} (ODS's AnyAttrOf), described as their
     * descriptions joined by "or".
     */
    static AttrConstraint anyOf(AttrConstraint... alternatives) {
        List<AttrConstraint> all = List.of(alternatives);
        StringBuilder description = new StringBuilder();
        for (AttrConstraint c : all) {
            if (!description.isEmpty()) description.append(" or ");
            description.append(c.description());
        }
        Predicate<Attribute> test = a -> {
            for (AttrConstraint c : all) if (c.accepts(a)) return true;
            return false;
        };
        return new Basic(description.toString(), test, a -> true, null, null, Attribute.class);
    }

    /** Floats of exactly {@code type}, written without their type. */
    static AttrConstraint floating(String description, Type type) {
        return ofKind(description, a -> a instanceof FloatAttr, a -> ((FloatAttr) a).type().equals(type), type);
    }

    /** {@code array<T: ...>} values, written as a bare list {@code [1, 2]} in formats. */
    static AttrConstraint denseArray(String description, Type elementType) {
        // The storage class is the array of that element type (DenseI32ArrayAttr): others fail to convert.
        return withSyntax(description, a -> a instanceof DenseArrayAttr d && d.elementType().equals(elementType),
                a -> true, BuiltinAttrSyntax.denseArray(elementType));
    }

    AttrConstraint ANY = new AttrConstraint() {
        @Override
        public boolean accepts(Attribute attr) {
            return true;
        }

        @Override
        public String description() {
            return "any attribute";
        }

        @Override
        public boolean isAnyAttribute() {
            return true;
        }
    };
    AttrConstraint STRING = ofClass("string attribute", StringAttr.class, NoneType.INSTANCE, null);
    /** A symbol's own name ({@code sym_name}): a string written as {@code @name}. */
    AttrConstraint SYMBOL_NAME = ofClass("string attribute", StringAttr.class, null, BuiltinAttrSyntax.SYMBOL_NAME);
    /**
     * A symbol reference without nested parts ({@code @f}; ODS's FlatSymbolRefAttr, whose
     * attribute class excludes nested references, so those fail to be read as one).
     */
    AttrConstraint SYMBOL_REF = ofKind("flat symbol reference attribute",
            a -> a instanceof SymbolRefAttr s && s.nested().isEmpty(), a -> true, null);
    /** Any symbol reference, nested ones included ({@code @m::@f}). */
    AttrConstraint NESTED_SYMBOL_REF = ofClass("symbol reference attribute", SymbolRefAttr.class, null, null);
    AttrConstraint UNIT = new AttrConstraint() {
        @Override
        public boolean accepts(Attribute attr) {
            return attr instanceof UnitAttr;
        }

        @Override
        public String description() {
            return "unit attribute";
        }

        @Override
        public boolean isKind(Attribute attr) {
            return attr instanceof UnitAttr;
        }

        @Override
        public boolean isUnit() {
            return true;
        }
    };
    AttrConstraint BOOL = ofKind("bool attribute", a -> a instanceof IntegerAttr i && i.isBool(), a -> true,
            IntegerType.I1);
    AttrConstraint I32 = integer("32-bit signless integer attribute", IntegerType.I32);
    AttrConstraint I64 = integer("64-bit signless integer attribute", IntegerType.I64);
    AttrConstraint SI32 = integer("32-bit signed integer attribute",
            new IntegerType(32, IntegerType.Signedness.SIGNED));
    AttrConstraint UI32 = integer("32-bit unsigned integer attribute",
            new IntegerType(32, IntegerType.Signedness.UNSIGNED));
    AttrConstraint ANY_I32 = anyIntegerOfWidth("32-bit integer attribute", 32);
    AttrConstraint INDEX = integer("index attribute", IndexType.INSTANCE);
    AttrConstraint F32 = floating("32-bit float attribute", FloatType.F32);
    AttrConstraint F64 = floating("64-bit float attribute", FloatType.F64);
    AttrConstraint TYPE = ofKind("any type attribute", a -> a instanceof TypeAttr, a -> true, null);
    AttrConstraint ARRAY = ofClass("array attribute", ArrayAttr.class, null, null);
    AttrConstraint DICTIONARY = ofKind("dictionary of named attribute values", a -> a instanceof DictionaryAttr,
            a -> true, null);
    AttrConstraint AFFINE_MAP = ofKind("AffineMap attribute", a -> a instanceof AffineMapAttr, a -> true, null);
    /** An attribute with a type ({@code 42 : i32}, {@code dense<...>}), written with it. */
    AttrConstraint TYPED = ofKind("TypedAttr instance", a -> TypedAttributes.typeOf(a) != null, a -> true, null);
    AttrConstraint DENSE_I64_ARRAY = denseArray("i64 dense array attribute", IntegerType.I64);
    AttrConstraint DENSE_I32_ARRAY = denseArray("i32 dense array attribute", IntegerType.I32);
    AttrConstraint DENSE_BOOL_ARRAY = denseArray("i1 dense array attribute", IntegerType.I1);
    AttrConstraint FUNCTION_TYPE = ofKind("type attribute of function type", a -> a instanceof TypeAttr,
            a -> ((TypeAttr) a).type() instanceof FunctionType, null);
    AttrConstraint DICTIONARY_ARRAY = ofKind("Array of dictionary attributes", a -> a instanceof ArrayAttr,
            a -> {
                for (Attribute e : ((ArrayAttr) a).elements()) if (!(e instanceof DictionaryAttr)) return false;
                return true;
            }, null);
}
