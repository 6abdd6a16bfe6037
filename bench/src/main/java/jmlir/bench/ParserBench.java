package jmlir.bench;

import jmlir.ir.Operation;
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

/**
 * Parsing xDSL's inputs into IR (xDSL: benchmarks/parser.py), each in a new context as
 * jmlir-opt does; {@code .generic} workloads are the same inputs in generic form.
 */
@Needs(Stage.PARSE)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParserBench {
    @Param({"empty", "empty_module",
            "constant_folding_100", "constant_folding_100.generic",
            "constant_folding_1000", "constant_folding_1000.generic",
            "large_dense_attr_3x3", "large_dense_attr_3x3.generic",
            "large_dense_attr_10x10", "large_dense_attr_10x10.generic",
            "large_dense_attr_32x32", "large_dense_attr_32x32.generic",
            "large_dense_attr_1024x1024", "large_dense_attr_1024x1024.generic",
            "large_dense_attr_hex_3x3", "large_dense_attr_hex_32x32",
            "large_constant_tensor_4x4_x2", "large_constant_tensor_4x4_x2.generic"})
    public String workload;

    private byte[] text;

    @Setup
    public void load() {
        text = Workloads.bytes(workload);
    }

    @Benchmark
    public Operation parse() {
        return Stage.parse(workload, text);
    }
}
