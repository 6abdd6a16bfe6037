package jmlir.ir;

import java.util.function.Predicate;

/** What values an attribute accepts, and how MLIR describes them in errors. */
public interface AttrConstraint {
    boolean accepts(Attribute attr);

    /** The description mlir-opt uses: "attribute 'x' failed to satisfy constraint: {description}". */
    String description();

    /**
     * Whether a property with this constraint can hold {@code attr} at all: the kind of
     * attribute MLIR stores for it (a string, a type, an array...), checked when properties are
     * read, before the constraint itself is. By default, any attribute the constraint accepts.
     */
    default boolean isStorable(Attribute attr) {
        return accepts(attr);
    }

    static AttrConstraint of(String description, Predicate<Attribute> test) {
        return of(description, test, test);
    }

    /** A constraint whose properties store any attribute {@code storage} accepts. */
    static AttrConstraint of(String description, Predicate<Attribute> test, Predicate<Attribute> storage) {
        return new AttrConstraint() {
            @Override
            public boolean accepts(Attribute attr) {
                return test.test(attr);
            }

            @Override
            public boolean isStorable(Attribute attr) {
                return storage.test(attr);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    AttrConstraint ANY = of("any attribute", a -> true);
    AttrConstraint STRING = of("string attribute", a -> a instanceof StringAttr);
    AttrConstraint SYMBOL_REF = of("flat symbol reference attribute",
            a -> a instanceof SymbolRefAttr s && s.nested().isEmpty());
    AttrConstraint UNIT = of("unit attribute", a -> a instanceof UnitAttr);
    AttrConstraint FUNCTION_TYPE = of("type attribute of function type",
            a -> a instanceof TypeAttr t && t.type() instanceof FunctionType, a -> a instanceof TypeAttr);
    AttrConstraint DICTIONARY_ARRAY = of("Array of dictionary attributes",
            a -> a instanceof ArrayAttr arr && arr.elements().stream().allMatch(e -> e instanceof DictionaryAttr),
            a -> a instanceof ArrayAttr);
}
