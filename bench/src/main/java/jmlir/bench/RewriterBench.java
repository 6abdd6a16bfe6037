package jmlir.bench;

import jmlir.ir.Block;
import jmlir.ir.Context;
import jmlir.ir.IntegerType;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.rewrite.Builder;
import jmlir.rewrite.PatternRewriter;
import jmlir.rewrite.Rewriter;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Changing IR through a plain builder, a rewriter and a pattern rewriter that a driver listens
 * to (xDSL: microbenchmarks.py, builder vs rewriter): create and insert, erase, replace, clone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RewriterBench {
    private static final List<Type> I32 = List.of(IntegerType.I32);

    private Context ctx;
    private Block block;
    private Builder builder;
    private Rewriter rewriter;
    private PatternRewriter patternRewriter;
    private Operation withRegion;

    @Setup
    public void setup() {
        ctx = TestBenchDialect.context();
        block = IrFixtures.body(IrFixtures.module(ctx));
        builder = new Builder(ctx);
        builder.setInsertionPointToEnd(block);
        rewriter = new Rewriter(ctx);
        rewriter.setInsertionPointToEnd(block);
        patternRewriter = new PatternRewriter(ctx);
        patternRewriter.setInsertionPointToEnd(block);
        // A listener as a driver has one: every change is reported.
        patternRewriter.setListener(new Rewriter.Listener() {
        });
        withRegion = IrFixtures.opWithRegions(ctx, TestBenchDialect.OP_WITH_REGION, 1);
        Block body = withRegion.region(0).entryBlock();
        for (int i = 0; i < 10; i++) body.append(IrFixtures.op(ctx, TestBenchDialect.CONSTANT, List.of(), I32));
    }

    private Operation constant() {
        return IrFixtures.op(ctx, TestBenchDialect.CONSTANT, List.of(), I32);
    }

    @Benchmark
    public Operation builderInsertErase() {
        Operation op = builder.insert(constant());
        op.erase();
        return op;
    }

    @Benchmark
    public Operation rewriterInsertErase() {
        Operation op = rewriter.insert(constant());
        rewriter.eraseOp(op);
        return op;
    }

    @Benchmark
    public Operation patternRewriterInsertErase() {
        Operation op = patternRewriter.insert(constant());
        patternRewriter.eraseOp(op);
        return op;
    }

    /** A constant with a user, replaced by another constant, then both erased. */
    @Benchmark
    public Operation patternRewriterReplace() {
        Operation a = patternRewriter.insert(constant());
        Value v = a.result(0);
        Operation user = patternRewriter.insert(IrFixtures.op(ctx, TestBenchDialect.PASSTHROUGH, List.of(v), I32));
        Operation b = patternRewriter.insert(constant());
        patternRewriter.replaceOp(a, b);
        patternRewriter.eraseOp(user);
        patternRewriter.eraseOp(b);
        return user;
    }

    /** A deep copy of an op with a region of ten ops. */
    @Benchmark
    public Operation cloneWithRegion() {
        return withRegion.clone(new jmlir.ir.IRMapping());
    }
}
