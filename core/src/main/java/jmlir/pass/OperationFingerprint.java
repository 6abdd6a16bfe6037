package jmlir.pass;

import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.Operation;
import jmlir.ir.Region;

/**
 * A hash of an op and everything nested in it (ops, operands, attributes, types, locations,
 * blocks), to tell whether a pass changed the IR: ops, values and blocks by identity,
 * attributes, types and locations by value.
 */
final class OperationFingerprint {
    private long hash = 17;

    private OperationFingerprint() {
    }

    static long of(Operation op) {
        OperationFingerprint f = new OperationFingerprint();
        f.add(op);
        return f.hash;
    }

    private void mix(Object o) {
        hash = (hash ^ System.identityHashCode(o)) * 0x100000001b3L + 0x9E3779B97F4A7C15L;
    }

    private void mixValue(Object o) {
        hash = (hash ^ java.util.Objects.hashCode(o)) * 0x100000001b3L + 0x9E3779B97F4A7C15L;
    }

    private void add(Operation op) {
        mix(op);
        mix(op.name());
        mixValue(op.location());
        mixValue(op.properties());
        mixValue(op.attributes());
        for (int i = 0; i < op.numOperands(); i++) mix(op.operand(i));
        for (int i = 0; i < op.numResults(); i++) mixValue(op.result(i).type());
        for (int i = 0; i < op.numSuccessors(); i++) mix(op.successor(i));
        for (int r = 0; r < op.numRegions(); r++) {
            Region region = op.region(r);
            mix(region);
            for (Block block : region.blocks()) {
                mix(block);
                for (BlockArgument arg : block.arguments()) {
                    mixValue(arg.type());
                    mixValue(arg.location());
                }
                for (Operation nested : block) add(nested);
            }
        }
    }
}
