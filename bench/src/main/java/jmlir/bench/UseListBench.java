package jmlir.bench;

import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Use lists: replaceAllUsesWith of a value used by 1000 ops (moved to another value and back:
 * time per replaceAllUsesWith of 1000 uses), and changing one operand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UseListBench {
    static final int USES = 1000;

    private Value a;
    private Value b;
    private Operation user;
    private int flip;

    @Setup
    public void setup() {
        Context ctx = TestBenchDialect.context();
        Block block = IrFixtures.body(IrFixtures.module(ctx));
        Operation defA = IrFixtures.op(ctx, TestBenchDialect.CONSTANT, List.of(), List.of(IntegerType.I32));
        Operation defB = IrFixtures.op(ctx, TestBenchDialect.CONSTANT, List.of(), List.of(IntegerType.I32));
        block.append(defA);
        block.append(defB);
        a = defA.result(0);
        b = defB.result(0);
        for (int i = 0; i < USES; i++) {
            Operation u = IrFixtures.op(ctx, TestBenchDialect.PASSTHROUGH, List.of(a), List.of(IntegerType.I32));
            block.append(u);
            user = u;
        }
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Value replaceAllUsesWith() {
        a.replaceAllUsesWith(b);
        b.replaceAllUsesWith(a);
        return a;
    }

    /** One operand moved between two values with 1000 uses between them. */
    @Benchmark
    public Operation setOperand() {
        flip ^= 1;
        user.setOperand(0, flip == 0 ? a : b);
        return user;
    }
}
