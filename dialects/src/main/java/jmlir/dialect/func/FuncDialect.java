package jmlir.dialect.func;

import jmlir.ir.Attribute;
import jmlir.ir.Dialect;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.Type;
import jmlir.rewrite.Builder;

import java.util.List;

/**
 * The {@code func} dialect: functions ({@code func.func}), {@code func.return},
 * {@code func.call}, {@code func.call_indirect} and {@code func.constant}, with mlir-opt 22's
 * syntax and checks. Inside a {@code func.func}, ops of this dialect drop their prefix
 * ({@code return}, {@code call}).
 */
public final class FuncDialect extends Dialect {
    public static final String NAMESPACE = "func";

    public FuncDialect() {
        super(NAMESPACE);
        // Each definition is made when its op is first used (class initialisation builds it).
        addOperation(FuncOp.NAME, () -> FuncOp.DEFINITION);
        addOperation(ReturnOp.NAME, () -> ReturnOp.DEFINITION);
        addOperation(CallOp.NAME, () -> CallOp.DEFINITION);
        addOperation(CallIndirectOp.NAME, () -> CallIndirectOp.DEFINITION);
        addOperation(ConstantOp.NAME, () -> ConstantOp.DEFINITION);
    }

    /** A {@code func.constant} of a function's symbol, as a value of its function type. */
    @Override
    public Operation materializeConstant(Builder builder, Attribute value, Type type, Location location) {
        if (!(value instanceof SymbolRefAttr ref) || !ref.nested().isEmpty() || !(type instanceof FunctionType)) {
            return null;
        }
        OperationState state = new OperationState(builder.context().operationName(ConstantOp.NAME), location);
        state.properties = DictionaryAttr.sorted(List.of(new NamedAttribute(ConstantOp.VALUE, value)));
        state.resultTypes.add(type);
        return builder.create(state);
    }
}
