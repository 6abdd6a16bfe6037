package jmlir.syntax;

/** How IR is printed; the fields mirror mlir-opt's {@code --mlir-print-*} flags. */
public final class PrintOptions {
    /** Print every op in the generic form ({@code --mlir-print-op-generic}). */
    public boolean generic;
    /** Print locations ({@code --mlir-print-debuginfo}). */
    public boolean debugInfo;
    /** Print locations in the pretty form ({@code --mlir-pretty-debuginfo}). */
    public boolean prettyDebugInfo;
    /** Print no aliases, everything inline ({@code --mlir-print-local-scope}). */
    public boolean localScope;
    /** Elide dense elements with more elements than this (negative: never). */
    public long elideElementsIfLarger = -1;
    /**
     * Leave out resource entries of the file metadata whose value prints longer than this many
     * characters ({@code --mlir-elide-resource-strings-if-larger}; negative: never).
     */
    public long elideResourceStringsIfLarger = -1;
    /** Print dense elements with more elements than this in hex (negative: never). */
    public long hexElementsIfLarger = 100;
    /** Print regions as {@code {...}} ({@code --mlir-print-skip-regions}). */
    public boolean skipRegions;
    /** Number SSA values uniquely across regions ({@code --mlir-print-unique-ssa-ids}). */
    public boolean uniqueSsaIds;

    public PrintOptions copy() {
        PrintOptions c = new PrintOptions();
        c.generic = generic;
        c.debugInfo = debugInfo;
        c.prettyDebugInfo = prettyDebugInfo;
        c.localScope = localScope;
        c.elideElementsIfLarger = elideElementsIfLarger;
        c.hexElementsIfLarger = hexElementsIfLarger;
        c.skipRegions = skipRegions;
        c.uniqueSsaIds = uniqueSsaIds;
        return c;
    }

    boolean uniqueIds() {
        return uniqueSsaIds || generic;
    }
}
