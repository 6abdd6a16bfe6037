package jmlir.dialect;

import jmlir.dialect.func.FuncDialect;
import jmlir.ir.Context;

/**
 * The dialects jmlir ships, made available to a context. Each is constructed only when its
 * namespace is first used, so registering them all costs nothing at start-up.
 */
public final class Dialects {
    private Dialects() {
    }

    public static Context registerAll(Context context) {
        context.register(jmlir.dialect.arith.Arith.NAMESPACE, jmlir.dialect.arith.Arith::new);
        context.register("irdl", jmlir.dialect.irdl.IrdlDialect::new);
        context.register(FuncDialect.NAMESPACE, FuncDialect::new);
        return context;
    }
}
