package jmlir.bench;

import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.ir.OperationName;
import jmlir.ir.Trait;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asking an op what it is (xDSL: microbenchmarks.py Extensibility; MLIR "How slow is MLIR?":
 * IRWalk/vectorTraversalOpTraitSuccess, ...OpTraitFail, ...OpCastSuccess). jmlir has no typed op
 * classes yet, so the "cast" is a comparison of interned operation names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExtensibilityBench {
    private Operation withTraits;
    private Operation empty;
    private Operation unregistered;
    private OperationName emptyName;

    @Setup
    public void setup() {
        Context ctx = TestBenchDialect.context();
        withTraits = IrFixtures.opWithRegions(ctx, TestBenchDialect.OP_WITH_REGION, 1);
        empty = IrFixtures.op(ctx, TestBenchDialect.EMPTY, List.of(), List.of());
        unregistered = IrFixtures.op(ctx, "unregistered.op", List.of(), List.of());
        emptyName = ctx.operationName(TestBenchDialect.EMPTY);
    }

    /** A registered op that has the trait among several. */
    @Benchmark
    public boolean traitCheck() {
        return withTraits.hasTrait(Trait.SINGLE_BLOCK);
    }

    /** A registered op without traits. */
    @Benchmark
    public boolean traitCheckNeg() {
        return empty.hasTrait(Trait.SINGLE_BLOCK);
    }

    /** An unregistered op (no definition). */
    @Benchmark
    public boolean traitCheckUnregistered() {
        return unregistered.hasTrait(Trait.SINGLE_BLOCK);
    }

    /** Is this op a testbench.empty? */
    @Benchmark
    public boolean nameCheck() {
        return empty.name() == emptyName;
    }
}
