package jmlir.ir;

import java.util.function.Predicate;

/** What values an attribute accepts, and how MLIR describes them in errors. */
public interface AttrConstraint {
    boolean accepts(Attribute attr);

    /** The description mlir-opt uses: "attribute 'x' failed to satisfy constraint: {description}". */
    String description();

    static AttrConstraint of(String description, Predicate<Attribute> test) {
        return new AttrConstraint() {
            @Override
            public boolean accepts(Attribute attr) {
                return test.test(attr);
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
}
