package jmlir.dialect.arith;

import jmlir.ir.Location;
import jmlir.ir.Operation;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the ops a canonicalization pattern creates are: as in mlir-opt, the fused location of
 * the ops the pattern matched (for the patterns MLIR declares in TableGen: the root, then one
 * op per nested op of the source pattern, which for a nested op holding a constant operand is
 * that constant's op).
 */
final class PatternLocations {
    private PatternLocations() {
    }

    /** The location of {@code v}'s defining op; unknown for block arguments. */
    static Location of(Value v) {
        Operation def = v.definingOp();
        return def == null ? Location.Unknown.INSTANCE : def.location();
    }

    /** The fused location of the given ops (MLIR's FusedLoc::get without metadata). */
    static Location fused(Operation... ops) {
        List<Location> locations = new ArrayList<>(ops.length);
        for (Operation op : ops) locations.add(op.location());
        return fused(locations);
    }

    static Location fused(List<Location> locations) {
        return Location.fused(locations, null);
    }

    /** The root's location fused with the location of {@code v}'s defining op. */
    static Location fused(Operation root, Value v) {
        return fused(List.of(root.location(), of(v)));
    }
}
