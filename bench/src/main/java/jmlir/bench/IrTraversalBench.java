package jmlir.bench;

import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.Operation;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Traversing 1000 empty ops in a module (xDSL: microbenchmarks.py IRTraversal; MLIR "How slow is
 * MLIR?": IRWalk/vectorTraversal, blockTraversal, walk). Time per traversal of all 1000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IrTraversalBench {
    static final int OPS = 1000;

    private Operation module;
    private Block block;
    private List<Operation> list;

    @Setup
    public void setup() {
        Context ctx = TestBenchDialect.context();
        module = IrFixtures.module(ctx);
        block = IrFixtures.body(module);
        list = new ArrayList<>(OPS);
        for (int i = 0; i < OPS; i++) {
            Operation op = IrFixtures.op(ctx, TestBenchDialect.EMPTY, List.of(), List.of());
            block.append(op);
            list.add(op);
        }
    }

    /** Iterating an ArrayList of the ops (the lower bound). */
    @Benchmark
    public void iterateList(Blackhole bh) {
        for (Operation op : list) bh.consume(op);
    }

    /** Following the block's intrusive list. */
    @Benchmark
    public void iterateBlock(Blackhole bh) {
        for (Operation op = block.first(); op != null; op = op.nextInBlock()) bh.consume(op);
    }

    /** The block's Iterator. */
    @Benchmark
    public void iterateBlockIterator(Blackhole bh) {
        for (Operation op : block) bh.consume(op);
    }

    /** A recursive pre-order walk of the module (1001 ops). */
    @Benchmark
    public int walk() {
        return IrFixtures.walk(module);
    }
}
