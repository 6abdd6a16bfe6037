package jmlir.bench;

import jmlir.ir.Block;
import jmlir.ir.BuiltinDialect;
import jmlir.ir.Context;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Type;
import jmlir.ir.Value;

import java.util.List;

/** IR built in memory for the micro-benchmarks. */
final class IrFixtures {
    private IrFixtures() {
    }

    /** A detached {@code builtin.module} with an empty body block. */
    static Operation module(Context ctx) {
        Operation module = Operation.create(ctx.operationName(BuiltinDialect.MODULE), Location.Unknown.INSTANCE,
                List.of(), List.of(), List.of(), 1, null, DictionaryAttr.EMPTY);
        module.region(0).addBlock(new Block());
        return module;
    }

    static Block body(Operation module) {
        return module.region(0).entryBlock();
    }

    /** An op without regions or successors. */
    static Operation op(Context ctx, String name, List<Value> operands, List<Type> results) {
        return Operation.create(ctx.operationName(name), Location.Unknown.INSTANCE, operands, results, List.of(), 0,
                null, DictionaryAttr.EMPTY);
    }

    /** An op with {@code regions} regions of one empty block each. */
    static Operation opWithRegions(Context ctx, String name, int regions) {
        Operation op = Operation.create(ctx.operationName(name), Location.Unknown.INSTANCE, List.of(), List.of(),
                List.of(), regions, null, DictionaryAttr.EMPTY);
        for (int i = 0; i < regions; i++) op.region(i).addBlock(new Block());
        return op;
    }

    /**
     * Visits {@code op} and every op nested in it, pre-order, counting them. jmlir's core has no
     * walk yet; this is the walk a pass would write today.
     */
    static int walk(Operation op) {
        int n = 1;
        for (int r = 0; r < op.numRegions(); r++) {
            for (Block block : op.region(r).blocks()) {
                for (Operation nested = block.first(); nested != null; nested = nested.nextInBlock()) {
                    n += walk(nested);
                }
            }
        }
        return n;
    }
}
