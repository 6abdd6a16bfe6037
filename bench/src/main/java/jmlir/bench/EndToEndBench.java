package jmlir.bench;

import jmlir.cli.JmlirOpt;
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

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * jmlir-opt in-process on a warm JVM: read from stdin, parse, verify, print, with and without
 * canonicalize (xDSL: benchmarks/end_to_end.py).
 */
@Needs(Stage.END_TO_END)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndToEndBench {
    private static final String[] ARGS = {"--allow-unregistered-dialect", "-"};
    private static final String[] CANONICALIZE_ARGS = {"--allow-unregistered-dialect", "--canonicalize", "-"};

    @Param({"empty_module", "constant_folding_100", "constant_folding_100.generic",
            "constant_folding_1000", "constant_folding_1000.generic"})
    public String workload;

    private byte[] text;
    private PrintStream sink;

    @Setup
    public void load() {
        text = Workloads.bytes(workload);
        sink = Stage.nullStream();
    }

    /** The exit code (0: the runner only runs inputs jmlir-opt accepts). */
    @Benchmark
    public int jmlirOpt() {
        return JmlirOpt.run(ARGS, new ByteArrayInputStream(text), sink, sink);
    }

    @Benchmark
    public int jmlirOptCanonicalize() {
        return JmlirOpt.run(CANONICALIZE_ARGS, new ByteArrayInputStream(text), sink, sink);
    }
}
