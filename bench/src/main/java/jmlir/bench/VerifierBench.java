package jmlir.bench;

import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.ir.Verifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Verifying parsed IR (xDSL: benchmarks/verifier.py); the IR is read as for {@link PrinterBench}. */
@Needs(Stage.VERIFY)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifierBench {
    @Param({"empty_module", "constant_folding_100", "constant_folding_1000",
            "large_dense_attr_3x3", "large_dense_attr_10x10", "large_dense_attr_32x32", "large_dense_attr_1024x1024",
            "large_dense_attr_hex_3x3", "large_dense_attr_hex_32x32", "large_constant_tensor_4x4_x2"})
    public String workload;

    private Operation module;

    @Setup
    public void parse() {
        module = Stage.parseIr(workload);
    }

    /** Returns the first error, null for valid IR (the runner only runs inputs that verify). */
    @Benchmark
    public Diagnostic verify() {
        return Verifier.verify(module);
    }
}
