package jmlir.rewrite;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.Dialect;
import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Trait;
import jmlir.ir.Type;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps one constant op per value, type and dialect in each constant scope, at the start of
 * the scope's entry block (what MLIR's OperationFolder does for the greedy driver). A constant
 * scope is the nearest region whose parent op is isolated from above, unregistered, or
 * top-level.
 */
final class ConstantUniquer {
    private record Key(Dialect dialect, Attribute value, Type type) {
        // Spelled out for start-up time, as in the attribute records (see Attribute).
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && dialect == k.dialect && value.equals(k.value) && type.equals(k.type);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(dialect) * 31 + value.hashCode()) * 31 + type.hashCode();
        }
    }

    private final Rewriter rewriter;
    private final Map<Region, Map<Key, Operation>> scopes = new HashMap<>();
    private final Set<Operation> owned = new HashSet<>();

    ConstantUniquer(Rewriter rewriter) {
        this.rewriter = rewriter;
    }

    /**
     * Records the constant {@code op} of value {@code value}, hoisting it to the front of its
     * scope; returns false when an equal constant was known, after replacing op with it.
     */
    boolean insertKnownConstant(Operation op, Attribute value) {
        Block opBlock = op.block();
        if (owned.contains(op)) {
            if (opBlock.first() != op && !owned.contains(op.prevInBlock())) op.moveBefore(opBlock.first());
            return true;
        }
        Region scope = scopeOf(opBlock);
        Map<Key, Operation> known = scopes.computeIfAbsent(scope, r -> new HashMap<>());
        Key key = new Key(op.dialect(), value, op.result(0).type());
        Operation existing = known.get(key);
        if (existing != null) {
            rewriter.replaceOp(op, List.of(existing.result(0)));
            existing.setLocation(Location.Unknown.INSTANCE);
            return false;
        }
        Block entry = scope.entryBlock();
        if (opBlock != entry) {
            // A constant brought in from another block no longer says where it was written.
            op.moveBefore(entry.first());
            op.setLocation(Location.Unknown.INSTANCE);
        } else if (entry.first() != op && !owned.contains(op.prevInBlock())) {
            op.moveBefore(entry.first());
        }
        known.put(key, op);
        owned.add(op);
        return true;
    }

    private static Region scopeOf(Block block) {
        for (Region r = block.parent(); ; ) {
            Operation parent = r.parentOp();
            boolean mightBeIsolated = !parent.isRegistered() || parent.hasTrait(Trait.ISOLATED_FROM_ABOVE);
            if (mightBeIsolated || parent.block() == null) return r;
            r = parent.parentRegion();
        }
    }

}
