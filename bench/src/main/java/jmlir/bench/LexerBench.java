package jmlir.bench;

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

/** Lexing xDSL's inputs to the end (xDSL: benchmarks/lexer.py). */
@Needs(Stage.LEX)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LexerBench {
    @Param({"empty", "constant_folding_100", "constant_folding_1000",
            "large_dense_attr_3x3", "large_dense_attr_10x10", "large_dense_attr_32x32", "large_dense_attr_1024x1024",
            "large_dense_attr_hex_3x3", "large_dense_attr_hex_32x32", "large_constant_tensor_4x4_x2"})
    public String workload;

    private byte[] text;

    @Setup
    public void load() {
        text = Workloads.bytes(workload);
    }

    /** Every token up to EOF; the token count goes to the blackhole. */
    @Benchmark
    public int lex() {
        return Stage.lexAll(text);
    }
}
