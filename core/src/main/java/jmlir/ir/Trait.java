package jmlir.ir;

/** Structural properties of operations that generic machinery (verifier, printer, passes) relies on. */
public enum Trait {
    ISOLATED_FROM_ABOVE,
    NO_TERMINATOR,
    SINGLE_BLOCK,
    TERMINATOR,
    SYMBOL_TABLE,
    SYMBOL,
    /** Regions of the op are graph regions: no dominance between ops, no terminator required. */
    GRAPH_REGIONS,
}
