package jmlir.syntax;

import jmlir.ir.Location;

/** How MLIR's diagnostic handlers look inside a location. */
final class DiagnosticLocations {
    private DiagnosticLocations() {
    }

    /** The call site a diagnostic's call stack starts from: looks through names and fusions. */
    static Location.CallSite callSite(Location location) {
        if (location instanceof Location.CallSite c) return c;
        if (location instanceof Location.Name n) return n.child() == null ? null : callSite(n.child());
        if (location instanceof Location.Fused f) {
            for (Location l : f.locations()) {
                Location.CallSite found = callSite(l);
                if (found != null) return found;
            }
        }
        return null;
    }
}
