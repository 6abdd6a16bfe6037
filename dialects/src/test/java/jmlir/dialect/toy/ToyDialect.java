package jmlir.dialect.toy;

import jmlir.ir.Dialect;
import jmlir.ir.IntegerType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

/**
 * A small dialect: {@code toy.add} with a declarative format, {@code toy.print} in generic form,
 * and types and attributes defined with formats ({@link ToyTypes}).
 */
public final class ToyDialect extends Dialect {
    static final TypeConstraint INT = TypeConstraint.of("signless integer",
            t -> t instanceof IntegerType i && i.isSignless());

    /** {@code %s = toy.add %a, %b : i32} */
    public static final class AddOp extends Operation {
        AddOp(Init init) {
            super(init);
        }

        public Value lhs() {
            return operand(0);
        }

        public Value rhs() {
            return operand(1);
        }
    }

    public ToyDialect() {
        super("toy");
        addOperations(
                OpDef.builder("toy.add")
                        .operand("lhs", INT).operand("rhs", INT).result("sum", INT)
                        .traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE, Trait.PURE)
                        .format("$lhs `,` $rhs attr-dict `:` type($sum)")
                        .factory(AddOp::new)
                        .build(),
                OpDef.builder("toy.print")
                        .operand("input", TypeConstraint.ANY)
                        .build());
        addTypes(ToyTypes.VEC, ToyTypes.SHAPE);
        addAttributes(ToyTypes.RANGE);
    }
}
