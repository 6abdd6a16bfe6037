package jmlir.bench;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.OperationName;
import jmlir.ir.Type;
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
 * Creating operations (xDSL: microbenchmarks.py OpCreation; MLIR "How slow is MLIR?":
 * CreateOps/simple, CreateOps/simpleRegistered). Cloning is in {@link RewriterBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OpCreationBench {
    private static final int BLOCK_OPS = 1000;

    private Context ctx;
    private OperationName unregistered;
    private OperationName registered;
    private OperationName constant;
    private Attribute value100;
    private List<Type> i32Result;

    @Setup
    public void setup() {
        ctx = TestBenchDialect.context();
        unregistered = ctx.operationName("unregistered.empty");
        registered = ctx.operationName(TestBenchDialect.EMPTY);
        constant = ctx.operationName(TestBenchDialect.CONSTANT);
        value100 = ctx.intern(IntegerAttr.of(IntegerType.I32, 100));
        i32Result = List.of(IntegerType.I32);
    }

    /** An op of an unregistered dialect, by its interned name (CreateOps/simple). */
    @Benchmark
    public Operation createUnregistered() {
        return Operation.create(unregistered, Location.Unknown.INSTANCE, List.of(), List.of(), List.of(), 0,
                null, DictionaryAttr.EMPTY);
    }

    /** A registered op with no operands, results or traits (CreateOps/simpleRegistered). */
    @Benchmark
    public Operation createRegistered() {
        return Operation.create(registered, Location.Unknown.INSTANCE, List.of(), List.of(), List.of(), 0,
                null, DictionaryAttr.EMPTY);
    }

    /** As {@link #createRegistered}, looking the name up by string first (OperationState("...")). */
    @Benchmark
    public Operation createByName() {
        return Operation.create(ctx.operationName(TestBenchDialect.EMPTY), Location.Unknown.INSTANCE, List.of(),
                List.of(), List.of(), 0, null, DictionaryAttr.EMPTY);
    }

    /** A constant: an interned i32 attribute as its property and one i32 result. */
    @Benchmark
    public Operation createConstant() {
        return Operation.create(constant, Location.Unknown.INSTANCE, List.of(), i32Result, List.of(), 0,
                ctx.intern(IntegerAttr.of(IntegerType.I32, 100)), DictionaryAttr.EMPTY);
    }

    /** As {@link #createConstant}, with the attribute made once beforehand. */
    @Benchmark
    public Operation createConstantPrebuiltAttr() {
        return Operation.create(constant, Location.Unknown.INSTANCE, List.of(), i32Result, List.of(), 0,
                value100, DictionaryAttr.EMPTY);
    }

    /** Creating and appending 1000 registered empty ops to a new block; time per op. */
    @Benchmark
    @OperationsPerInvocation(BLOCK_OPS)
    public Block createInBlock() {
        Block block = new Block();
        for (int i = 0; i < BLOCK_OPS; i++) {
            block.append(Operation.create(registered, Location.Unknown.INSTANCE, List.of(), List.of(), List.of(), 0,
                    null, DictionaryAttr.EMPTY));
        }
        return block;
    }
}
