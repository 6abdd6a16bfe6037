package jmlir.ir;

import java.util.function.Predicate;

/** What types an operand or result accepts, and how MLIR describes them in errors. */
public interface TypeConstraint {
    boolean accepts(Type type);

    /** The description mlir-opt uses: "... must be {description}, but got 'f32'". */
    String description();

    static TypeConstraint of(String description, Predicate<Type> test) {
        return new TypeConstraint() {
            @Override
            public boolean accepts(Type type) {
                return test.test(type);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    TypeConstraint ANY = of("any type", t -> true);
    TypeConstraint FUNCTION = of("function type", t -> t instanceof FunctionType);
}
