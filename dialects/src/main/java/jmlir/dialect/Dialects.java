package jmlir.dialect;

import jmlir.dialect.affine.AffineDialect;
import jmlir.dialect.arith.Arith;
import jmlir.dialect.cf.ControlFlowDialect;
import jmlir.dialect.func.FuncDialect;
import jmlir.dialect.irdl.IrdlDialect;
import jmlir.dialect.test.TestDialect;
import jmlir.ir.Context;

/**
 * The dialects jmlir ships, made available to a context. Each is constructed only when its
 * namespace is first used, so registering them all costs nothing at start-up; and only once per
 * process, since a dialect's definitions do not change: every context (one per chunk of a split
 * input, one per benchmark iteration) shares them.
 */
public final class Dialects {
    private Dialects() {
    }

    private static final class AffineHolder {
        static final AffineDialect INSTANCE = new AffineDialect();
    }

    private static final class ArithHolder {
        static final Arith INSTANCE = new Arith();
    }

    private static final class ControlFlowHolder {
        static final ControlFlowDialect INSTANCE = new ControlFlowDialect();
    }

    private static final class FuncHolder {
        static final FuncDialect INSTANCE = new FuncDialect();
    }

    private static final class IrdlHolder {
        static final IrdlDialect INSTANCE = new IrdlDialect();
    }

    private static final class TestHolder {
        static final TestDialect INSTANCE = new TestDialect();
    }

    public static Context registerAll(Context context) {
        context.register(TestDialect.NAMESPACE, () -> TestHolder.INSTANCE);
        context.register(Arith.NAMESPACE, () -> ArithHolder.INSTANCE);
        context.register("irdl", () -> IrdlHolder.INSTANCE);
        context.register(FuncDialect.NAMESPACE, () -> FuncHolder.INSTANCE);
        context.register(AffineDialect.NAMESPACE, () -> AffineHolder.INSTANCE);
        context.register(ControlFlowDialect.NAMESPACE, () -> ControlFlowHolder.INSTANCE);
        return context;
    }
}
