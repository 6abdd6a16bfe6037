package jmlir.bench;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.OpDef;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;

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
        addOperations(
                OpDef.builder(EMPTY).build(),
                OpDef.builder(OP_WITH_REGION).region("body")
                        .traits(Trait.SINGLE_BLOCK, Trait.NO_TERMINATOR, Trait.GRAPH_REGIONS, Trait.ISOLATED_FROM_ABOVE,
                                Trait.SYMBOL_TABLE)
                        .build(),
                OpDef.builder(PASSTHROUGH).operand("input", TypeConstraint.ANY).result("output", TypeConstraint.ANY)
                        .build(),
                OpDef.builder(CONSTANT).optionalProperty("value", AttrConstraint.ANY, null)
                        .result("result", TypeConstraint.ANY).build());
    }

    /** A context with builtin and testbench registered, unregistered dialects allowed. */
    public static Context context() {
        Context ctx = Stage.newContext();
        ctx.register(NAMESPACE, TestBenchDialect::new);
        return ctx;
    }
}
