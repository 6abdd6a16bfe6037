package jmlir.ir;

import java.util.List;
import java.util.Objects;

/** A source location attached to operations, block arguments and diagnostics (MLIR's LocationAttr). */
public sealed interface Location extends Attribute
        permits Location.Unknown, Location.FileLineCol, Location.Name, Location.CallSite, Location.Fused,
        DefinedLocation {

    /**
     * The fusion of {@code locations} with MLIR's rules: nested fusions without metadata flatten
     * (when {@code metadata} is null too), unknown locations and duplicates drop, and a single
     * location without metadata stands for itself.
     */
    static Location fused(List<Location> locations, Attribute metadata) {
        List<Location> flat = new java.util.ArrayList<>();
        for (Location l : locations) {
            if (l instanceof Fused f && f.metadata() == null && metadata == null) {
                for (Location inner : f.locations()) if (!flat.contains(inner)) flat.add(inner);
            } else if (!(l instanceof Unknown) && !flat.contains(l)) {
                flat.add(l);
            }
        }
        if (flat.isEmpty() && metadata == null) return Unknown.INSTANCE;
        if (flat.size() == 1 && metadata == null) return flat.getFirst();
        return new Fused(List.copyOf(flat), metadata);
    }

    /** {@code loc(unknown)}. */
    record Unknown() implements Location {
        public static final Unknown INSTANCE = new Unknown();

        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown;
        }

        @Override
        public int hashCode() {
            return 752;
        }
    }

    /**
     * {@code loc("file":line:col)} and its range forms. A plain file:line:col location has
     * {@code endLine == line} and {@code endColumn == column}.
     */
    record FileLineCol(String file, int line, int column, int endLine, int endColumn) implements Location {
        public FileLineCol(String file, int line, int column) {
            this(file, line, column, line, column);
        }

        public boolean isPoint() {
            return endLine == line && endColumn == column;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FileLineCol that
                    && Objects.equals(file, that.file)
                    && line == that.line
                    && column == that.column
                    && endLine == that.endLine
                    && endColumn == that.endColumn;
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(file);
            h = 31 * h + line;
            h = 31 * h + column;
            h = 31 * h + endLine;
            h = 31 * h + endColumn;
            return h;
        }
    }

    /** {@code loc("name")} or {@code loc("name"(child))}. */
    record Name(String name, Location child) implements Location {
        @Override
        public boolean equals(Object o) {
            return o instanceof Name that
                    && Objects.equals(name, that.name)
                    && Objects.equals(child, that.child);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Objects.hashCode(child);
        }
    }

    /** {@code loc(callsite(callee at caller))}. */
    record CallSite(Location callee, Location caller) implements Location {
        @Override
        public boolean equals(Object o) {
            return o instanceof CallSite that
                    && Objects.equals(callee, that.callee)
                    && Objects.equals(caller, that.caller);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(callee) + Objects.hashCode(caller);
        }
    }

    /** {@code loc(fused[...])} or {@code loc(fused<metadata>[...])}; metadata may be null. */
    record Fused(List<Location> locations, Attribute metadata) implements Location {
        @Override
        public boolean equals(Object o) {
            return o instanceof Fused that
                    && Objects.equals(locations, that.locations)
                    && Objects.equals(metadata, that.metadata);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(locations) + Objects.hashCode(metadata);
        }
    }

    /**
     * The first file:line:col position in a pre-order walk of this location and everything
     * nested in it (MLIR's {@code findInstanceOf<FileLineColLoc>}): a call site's callee, then
     * its caller; a fusion's locations, then its metadata when that is a location. Null if none.
     */
    default FileLineCol findFileLineCol() {
        if (this instanceof FileLineCol f) return f;
        if (this instanceof Name n) return n.child() == null ? null : n.child().findFileLineCol();
        if (this instanceof CallSite c) {
            FileLineCol inCallee = c.callee().findFileLineCol();
            return inCallee != null ? inCallee : c.caller().findFileLineCol();
        }
        if (this instanceof Fused f) {
            for (Location l : f.locations()) {
                FileLineCol found = l.findFileLineCol();
                if (found != null) return found;
            }
            return f.metadata() instanceof Location meta ? meta.findFileLineCol() : null;
        }
        return null;
    }
}
