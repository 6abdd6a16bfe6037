package jmlir.bench;

import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.pass.PassManager;
import jmlir.pass.PassPipelineParser;
import jmlir.pass.PassRegistry;
import jmlir.syntax.Parser;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.transform.Transforms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Canonicalizing xDSL's constant-folding chains (xDSL: benchmarks/rewriting.py); the module is
 * parsed anew before each call, outside the measurement.
 */
@Needs(Stage.PARSE)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RewritingBench {
    @Param({"constant_folding_20", "constant_folding_100", "constant_folding_1000"})
    public String workload;

    private PassManager canonicalize;
    private Context context;
    private Operation module;

    @Setup
    public void pipeline() throws Exception {
        canonicalize = PassManager.of(PassPipelineParser.parse("builtin.module(canonicalize)",
                Transforms.registerAll(new PassRegistry())));
    }

    @Setup(Level.Invocation)
    public void parse() {
        context = Stage.newContext();
        module = new Parser(context, SourceFile.of(workload, Workloads.bytes(workload)), new ResourceTable())
                .parseTopLevel();
    }

    @Benchmark
    public boolean canonicalize() {
        return canonicalize.run(module, context, d -> { }, new StringBuilder());
    }
}
