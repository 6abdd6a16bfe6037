package jmlir.syntax;

import jmlir.ir.Location;

/** How MLIR's diagnostic handlers look inside a location. */
final class DiagnosticLocations {
    private DiagnosticLocations() {
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
