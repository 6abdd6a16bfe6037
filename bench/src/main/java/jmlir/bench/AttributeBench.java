package jmlir.bench;

import jmlir.ir.Attribute;
import jmlir.ir.Context;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.StringAttr;
import jmlir.ir.UnitAttr;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Setting and reading a discardable attribute versus a property (MLIR "How slow is MLIR?"
 * compares the attribute dictionary with properties). The discardable dictionary is immutable
 * and interned: setting an entry makes a new dictionary with it replaced and interns that. A
 * property of a registered op is one attribute held by the op: setting it is a store. Ops
 * without a definition keep {@code <{...}>} as a dictionary, which costs what the discardable
 * dictionary does ({@link #setPropertyInDictionary}). Each set alternates between two values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AttributeBench {
    private static final String NAME = "bench.value";

    private Context ctx;
    private Operation op;
    private Operation unregistered;
    private final Attribute[] values = new Attribute[2];
    private int flip;

    @Setup
    public void setup() {
        ctx = TestBenchDialect.context();
        values[0] = ctx.intern(IntegerAttr.of(IntegerType.I32, 1));
        values[1] = ctx.intern(IntegerAttr.of(IntegerType.I32, 2));
        DictionaryAttr discardable = ctx.intern(DictionaryAttr.sorted(List.of(
                new NamedAttribute("a.first", UnitAttr.INSTANCE),
                new NamedAttribute(NAME, values[0]),
                new NamedAttribute("z.last", ctx.intern(StringAttr.ofUtf8("text"))))));
        op = IrFixtures.op(ctx, TestBenchDialect.CONSTANT, List.of(), List.of(IntegerType.I32));
        op.setAttributes(discardable);
        op.setProperties(values[0]);
        unregistered = IrFixtures.op(ctx, "unregistered.constant", List.of(), List.of(IntegerType.I32));
        unregistered.setProperties(discardable);
    }

    private Attribute next() {
        flip ^= 1;
        return values[flip];
    }

    @Benchmark
    public Operation setDiscardableAttr() {
        op.setAttributes(with(op.attributes(), NAME, next()));
        return op;
    }

    @Benchmark
    public Attribute getDiscardableAttr() {
        return op.attribute(NAME);
    }

    @Benchmark
    public Operation setProperty() {
        op.setProperties(next());
        return op;
    }

    @Benchmark
    public Attribute getProperty() {
        return op.properties();
    }

    @Benchmark
    public Operation setPropertyInDictionary() {
        unregistered.setProperties(with((DictionaryAttr) unregistered.properties(), NAME, next()));
        return unregistered;
    }

    /** {@code dict} with {@code name} set to {@code value}, interned. */
    private DictionaryAttr with(DictionaryAttr dict, String name, Attribute value) {
        List<NamedAttribute> entries = dict.entries();
        List<NamedAttribute> out = new ArrayList<>(entries.size() + 1);
        boolean placed = false;
        for (NamedAttribute e : entries) {
            int c = placed ? -1 : e.name().compareTo(name);
            if (c == 0) {
                out.add(new NamedAttribute(name, value));
                placed = true;
                continue;
            }
            if (c > 0) {
                out.add(new NamedAttribute(name, value));
                placed = true;
            }
            out.add(e);
        }
        if (!placed) out.add(new NamedAttribute(name, value));
        return ctx.intern(new DictionaryAttr(out));
    }
}
