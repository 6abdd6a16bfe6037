package jmlir.bench;

import jmlir.ir.Operation;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.PrintOptions;
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
 * Printing parsed IR to a string (xDSL: benchmarks/printer.py), in jmlir-opt's default form and
 * in generic form. The IR is read from the pinned input, or from its generic form while jmlir
 * cannot read the custom syntax (see {@link Stage#parseIr}).
 */
@Needs(Stage.PRINT)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PrinterBench {
    @Param({"empty_module", "constant_folding_100", "constant_folding_1000",
            "large_dense_attr_3x3", "large_dense_attr_10x10", "large_dense_attr_32x32", "large_dense_attr_1024x1024",
            "large_dense_attr_hex_3x3", "large_dense_attr_hex_32x32", "large_constant_tensor_4x4_x2"})
    public String workload;

    private Operation module;
    private PrintOptions custom;
    private PrintOptions generic;

    @Setup
    public void parse() {
        module = Stage.parseIr(workload);
        custom = new PrintOptions();
        generic = new PrintOptions();
        generic.generic = true;
    }

    @Benchmark
    public String print() {
        return OpPrinter.print(module, custom);
    }

    @Benchmark
    public String printGeneric() {
        return OpPrinter.print(module, generic);
    }
}
