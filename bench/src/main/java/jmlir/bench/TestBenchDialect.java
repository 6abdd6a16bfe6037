package jmlir.bench;

import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.OpDefinition;
import jmlir.ir.Trait;

import java.util.EnumSet;
import java.util.List;

/**
 * The ops of the IR micro-benchmarks, after the test dialect of MLIR's "How slow is MLIR?"
 * benchmarks: {@code testbench.empty} (no operands, results or traits),
 * {@code testbench.op_with_region} (one region, several traits), {@code testbench.passthrough}
 * (one operand, one result) and {@code testbench.constant} (a value property, one result).
 */
public final class TestBenchDialect extends Dialect {
    public static final String NAMESPACE = "testbench";
    public static final String EMPTY = "testbench.empty";
    public static final String OP_WITH_REGION = "testbench.op_with_region";
    public static final String PASSTHROUGH = "testbench.passthrough";
    public static final String CONSTANT = "testbench.constant";

    public TestBenchDialect() {
        super(NAMESPACE);
    }

    @Override
    public List<OpDefinition> operations() {
        return List.of(
                new OpDefinition(EMPTY, EnumSet.noneOf(Trait.class)),
                new OpDefinition(OP_WITH_REGION, EnumSet.of(Trait.SINGLE_BLOCK, Trait.NO_TERMINATOR,
                        Trait.GRAPH_REGIONS, Trait.ISOLATED_FROM_ABOVE, Trait.SYMBOL_TABLE)),
                new OpDefinition(PASSTHROUGH, EnumSet.noneOf(Trait.class)),
                new OpDefinition(CONSTANT, EnumSet.noneOf(Trait.class)));
    }

    /** A context with builtin and testbench registered, unregistered dialects allowed. */
    public static Context context() {
        Context ctx = Stage.newContext();
        ctx.register(NAMESPACE, TestBenchDialect::new);
        return ctx;
    }
}
