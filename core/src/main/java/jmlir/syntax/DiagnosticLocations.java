package jmlir.syntax;

import jmlir.ir.Location;

/** How MLIR's diagnostic handlers look inside a location. */
final class DiagnosticLocations {
    private DiagnosticLocations() {
    }

    /**
     * The first file position in a pre-order walk of the location and everything nested in it
     * (MLIR's {@code findInstanceOf<FileLineColLoc>}), or null. Unlike
     * {@link Location#findFileLineCol()} this also looks at a call site's caller when the callee
     * has no position, and at a location used as fused metadata.
     */
    static Location.FileLineCol findFileLineCol(Location location) {
        return switch (location) {
            case null -> null;
            case Location.FileLineCol f -> f;
            case Location.Unknown u -> null;
            case Location.Name n -> findFileLineCol(n.child());
            case Location.CallSite c -> {
                Location.FileLineCol inCallee = findFileLineCol(c.callee());
                yield inCallee != null ? inCallee : findFileLineCol(c.caller());
            }
            case Location.Fused f -> {
                for (Location l : f.locations()) {
                    Location.FileLineCol found = findFileLineCol(l);
                    if (found != null) yield found;
                }
                yield f.metadata() instanceof Location meta ? findFileLineCol(meta) : null;
            }
        };
    }

    /** The call site a diagnostic's call stack starts from: looks through names and fusions. */
    static Location.CallSite callSite(Location location) {
        return switch (location) {
            case Location.CallSite c -> c;
            case Location.Name n -> n.child() == null ? null : callSite(n.child());
            case Location.Fused f -> {
                for (Location l : f.locations()) {
                    Location.CallSite found = callSite(l);
                    if (found != null) yield found;
                }
                yield null;
            }
            default -> null;
        };
    }
}
