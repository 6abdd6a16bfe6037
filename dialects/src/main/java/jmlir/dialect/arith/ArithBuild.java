package jmlir.dialect.arith;

import jmlir.ir.Attribute;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.Location;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.ir.TypedAttributes;
import jmlir.ir.Value;
import jmlir.rewrite.Builder;

import java.util.List;

/** Creating arith ops at a builder's insertion point, for the canonicalization patterns. */
final class ArithBuild {
    private ArithBuild() {
    }

    /** An op named {@code name} with one result of {@code resultType}. */
    static Value op(Builder b, Location loc, String name, Type resultType, DictionaryAttr properties,
                    Value... operands) {
        OperationState state = new OperationState(b.context().operationName(name), loc);
        state.operands.addAll(List.of(operands));
        state.resultTypes.add(resultType);
        state.properties = properties;
        return b.create(state).result(0);
    }

    /** A binary op without properties (or with their defaults), of its operands' type. */
    static Value binary(Builder b, Location loc, String name, Value lhs, Value rhs) {
        return op(b, loc, name, lhs.type(), null, lhs, rhs);
    }

    /** A binary op with overflow flags. */
    static Value binary(Builder b, Location loc, String name, Value lhs, Value rhs, long overflowFlags) {
        return op(b, loc, name, lhs.type(), ArithProps.of("overflowFlags", ArithProps.overflowAttr(overflowFlags)),
                lhs, rhs);
    }

    static Value cast(Builder b, Location loc, String name, Value in, Type resultType) {
        return op(b, loc, name, resultType, null, in);
    }

    /** An arith.constant of a typed attribute. */
    static Value constant(Builder b, Location loc, Attribute value) {
        return op(b, loc, "arith.constant", TypedAttributes.typeOf(value), ArithProps.of("value", value));
    }

    static Value cmpi(Builder b, Location loc, int predicate, Value lhs, Value rhs) {
        return op(b, loc, "arith.cmpi", ArithTypes.i1SameShape(lhs.type()),
                ArithProps.of("predicate", ArithProps.cmpiPredicateAttr(predicate)), lhs, rhs);
    }

    static Value select(Builder b, Location loc, Value cond, Value trueValue, Value falseValue) {
        return op(b, loc, "arith.select", trueValue.type(), null, cond, trueValue, falseValue);
    }
}
