package jmlir.dialect.func;

import jmlir.ir.Dialect;

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
        addOperations(FuncOp.DEFINITION, ReturnOp.DEFINITION, CallOp.DEFINITION, CallIndirectOp.DEFINITION,
                ConstantOp.DEFINITION);
    }
}
