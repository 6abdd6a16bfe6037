package jmlir.bench;

import jmlir.ir.BuiltinDialect;
import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.OperationName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Making a context and loading dialects into it (xDSL: benchmarks/load_dialects.py). Dialects
 * load lazily, on first use of their namespace; arith and func join when they exist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DialectLoadingBench {
    /** A context with the builtin dialect registered but not loaded. */
    @Benchmark
    public Context newContext() {
        return new Context();
    }

    /** A context, then the builtin dialect loaded. */
    @Benchmark
    public Dialect loadBuiltin() {
        return new Context().dialect("builtin");
    }

    /** A context, then builtin.module resolved to its definition (what parsing a module does first). */
    @Benchmark
    public OperationName resolveModuleName() {
        return new Context().operationName(BuiltinDialect.MODULE);
    }

    /** A context, then the testbench dialect registered and loaded. */
    @Benchmark
    public Dialect loadTestBench() {
        Context ctx = new Context();
        ctx.register(TestBenchDialect.NAMESPACE, TestBenchDialect::new);
        return ctx.dialect(TestBenchDialect.NAMESPACE);
    }
}
