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
    /** All operands and results have one type (which formats write once). */
    SAME_OPERANDS_AND_RESULT_TYPE,
    /** All operands have one type. */
    SAME_TYPE_OPERANDS,
    /** Several optional or variadic operands, sized by the {@code operandSegmentSizes} property. */
    ATTR_SIZED_OPERAND_SEGMENTS,
    /** Several optional or variadic results, sized by the {@code resultSegmentSizes} property. */
    ATTR_SIZED_RESULT_SEGMENTS,
    /** No side effects (ODS's Pure); a marker for passes, not verified. */
    PURE,
    /** Operands may be swapped (ODS's Commutative); a marker for passes, not verified. */
    COMMUTATIVE,
    /** Applies elementwise to vectors and tensors (ODS's ElementwiseMappable); its op verifies the shapes. */
    ELEMENTWISE,
    /** Materialises a constant: folds, without operands, to its value (ODS's ConstantLike). */
    CONSTANT_LIKE,
    /** Its effects are those of the ops in its regions (ODS's RecursiveMemoryEffects). */
    RECURSIVE_MEMORY_EFFECTS,
    /** {@code f(f(x)) == f(x)}; folded as such. */
    IDEMPOTENT,
    /** {@code f(f(x)) == x}; folded as such. */
    INVOLUTION,
    /** All operands have one shape (ODS's SameOperandsShape); verified. */
    SAME_OPERANDS_SHAPE,
    /** All operands and results have one shape (ODS's SameOperandsAndResultShape); verified. */
    SAME_OPERANDS_AND_RESULT_SHAPE,
    /** A terminator passing all its operands to the parent op's results (ODS's ReturnLike). */
    RETURN_LIKE,
    /** Starts a new polyhedral scope for affine symbols (ODS's AffineScope); a marker. */
    AFFINE_SCOPE,
    /** May be hoisted or executed speculatively without conditions (ODS's AlwaysSpeculatable, implied by PURE). */
    ALWAYS_SPECULATABLE,
}
