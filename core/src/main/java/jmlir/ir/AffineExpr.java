package jmlir.ir;

import java.util.List;
import java.util.function.Consumer;

/**
 * An immutable affine expression over dimensions {@code d0, d1, ...}, symbols {@code s0, s1,
 * ...} and 64-bit constants, combined with {@code +}, {@code *}, {@code mod}, {@code floordiv}
 * and {@code ceildiv}.
 *
 * <p>The combinators ({@link #add}, {@link #mul}, {@link #floorDiv}, ...) simplify as MLIR's
 * do when an expression is built: constants fold, constants and symbols move to the right,
 * {@code c1 * e + c2 * e} merges, {@code e - (e floordiv c) * c} becomes {@code e mod c}, and
 * divisions and modulos of known multiples fold. Equal expressions compare equal with
 * {@link #equals}; {@link #toString} gives the textual form MLIR prints.
 */
public sealed interface AffineExpr permits AffineDimExpr, AffineSymbolExpr, AffineConstantExpr, AffineBinaryOpExpr {

    AffineExprKind kind();

    // ---------------------------------------------------------------- leaves

    /** The dimension {@code d<position>}. */
    static AffineDimExpr dim(int position) {
        return position >= 0 && position < AffineLeaves.CACHED ? AffineLeaves.DIMS[position]
                : new AffineDimExpr(position);
    }

    /** The symbol {@code s<position>}. */
    static AffineSymbolExpr symbol(int position) {
        return position >= 0 && position < AffineLeaves.CACHED ? AffineLeaves.SYMBOLS[position]
                : new AffineSymbolExpr(position);
    }

    static AffineConstantExpr constant(long value) {
        return value >= AffineLeaves.MIN_CACHED && value <= AffineLeaves.MAX_CACHED
                ? AffineLeaves.CONSTANTS[(int) (value - AffineLeaves.MIN_CACHED)] : new AffineConstantExpr(value);
    }

    /** {@code lhs <kind> rhs}, simplified as the matching combinator does. */
    static AffineExpr binary(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) {
        return switch (kind) {
            case ADD -> AffineSimplifier.add(lhs, rhs);
            case MUL -> AffineSimplifier.mul(lhs, rhs);
            case MOD -> AffineSimplifier.mod(lhs, rhs);
            case FLOOR_DIV -> AffineSimplifier.floorDiv(lhs, rhs);
            case CEIL_DIV -> AffineSimplifier.ceilDiv(lhs, rhs);
            default -> throw new IllegalArgumentException(kind + " is not a binary operation");
        };
    }

    // ---------------------------------------------------------------- combinators

    default AffineExpr add(AffineExpr other) {
        return AffineSimplifier.add(this, other);
    }

    default AffineExpr add(long value) {
        return AffineSimplifier.add(this, constant(value));
    }

    /** {@code this + other * -1}. */
    default AffineExpr sub(AffineExpr other) {
        return AffineSimplifier.add(this, other.neg());
    }

    default AffineExpr sub(long value) {
        return AffineSimplifier.add(this, constant(-value));
    }

    /**
     * {@code this * other}. At least one side should be symbolic or constant for the result to
     * be affine; a product of two dimension-dependent expressions is kept as written.
     */
    default AffineExpr mul(AffineExpr other) {
        return AffineSimplifier.mul(this, other);
    }

    default AffineExpr mul(long value) {
        return AffineSimplifier.mul(this, constant(value));
    }

    /** {@code this * -1}. */
    default AffineExpr neg() {
        return AffineSimplifier.mul(this, constant(-1));
    }

    default AffineExpr floorDiv(AffineExpr other) {
        return AffineSimplifier.floorDiv(this, other);
    }

    default AffineExpr floorDiv(long value) {
        return AffineSimplifier.floorDiv(this, constant(value));
    }

    default AffineExpr ceilDiv(AffineExpr other) {
        return AffineSimplifier.ceilDiv(this, other);
    }

    default AffineExpr ceilDiv(long value) {
        return AffineSimplifier.ceilDiv(this, constant(value));
    }

    default AffineExpr mod(AffineExpr other) {
        return AffineSimplifier.mod(this, other);
    }

    default AffineExpr mod(long value) {
        return AffineSimplifier.mod(this, constant(value));
    }

    // ---------------------------------------------------------------- queries

    /** Whether the expression uses no dimension (only symbols and constants). */
    default boolean isSymbolicOrConstant() {
        if (this instanceof AffineDimExpr) return false;
        if (this instanceof AffineBinaryOpExpr b) return b.symbolicOrConstant();
        return true;
    }

    /**
     * Whether the expression is affine in the strict sense: products, divisions and modulos only
     * by constants.
     */
    default boolean isPureAffine() {
        if (!(this instanceof AffineBinaryOpExpr b)) return true;
        boolean operands = b.lhs().isPureAffine() && b.rhs().isPureAffine();
        return switch (b.kind()) {
            case ADD -> operands;
            case MUL -> operands && (b.lhs() instanceof AffineConstantExpr || b.rhs() instanceof AffineConstantExpr);
            default -> b.lhs().isPureAffine() && b.rhs() instanceof AffineConstantExpr;
        };
    }

    /** The largest integer known to divide every value of the expression (MLIR's rules). */
    default long largestKnownDivisor() {
        if (this instanceof AffineConstantExpr c) return Math.abs(c.value());
        if (this instanceof AffineBinaryOpExpr b) return b.knownDivisor();
        return 1;
    }

    /** Whether every value of the expression is known to be a multiple of {@code factor}. */
    default boolean isMultipleOf(long factor) {
        return AffineSimplifier.isMultipleOf(this, factor);
    }

    /** Whether dimension {@code position} occurs in the expression. */
    default boolean isFunctionOfDim(int position) {
        if (this instanceof AffineDimExpr d) return d.position() == position;
        if (this instanceof AffineBinaryOpExpr b) {
            return b.lhs().isFunctionOfDim(position) || b.rhs().isFunctionOfDim(position);
        }
        return false;
    }

    /** Whether symbol {@code position} occurs in the expression. */
    default boolean isFunctionOfSymbol(int position) {
        if (this instanceof AffineSymbolExpr s) return s.position() == position;
        if (this instanceof AffineBinaryOpExpr b) {
            return b.lhs().isFunctionOfSymbol(position) || b.rhs().isFunctionOfSymbol(position);
        }
        return false;
    }

    /** Visits every node, operands before the operation (post-order). */
    default void walk(Consumer<? super AffineExpr> visitor) {
        if (this instanceof AffineBinaryOpExpr b) {
            b.lhs().walk(visitor);
            b.rhs().walk(visitor);
        }
        visitor.accept(this);
    }

    // ---------------------------------------------------------------- rewriting

    /**
     * Replaces {@code d<i>} by {@code dims.get(i)} and {@code s<j>} by {@code symbols.get(j)}
     * (positions beyond the lists stay), rebuilding with the simplifying combinators.
     */
    default AffineExpr replaceDimsAndSymbols(List<? extends AffineExpr> dims, List<? extends AffineExpr> symbols) {
        if (this instanceof AffineDimExpr d) return d.position() < dims.size() ? dims.get(d.position()) : this;
        if (this instanceof AffineSymbolExpr s) {
            return s.position() < symbols.size() ? symbols.get(s.position()) : this;
        }
        if (this instanceof AffineBinaryOpExpr b) {
            AffineExpr l = b.lhs().replaceDimsAndSymbols(dims, symbols);
            AffineExpr r = b.rhs().replaceDimsAndSymbols(dims, symbols);
            return l == b.lhs() && r == b.rhs() ? this : binary(b.kind(), l, r);
        }
        return this;
    }

    default AffineExpr replaceDims(List<? extends AffineExpr> dims) {
        return replaceDimsAndSymbols(dims, List.of());
    }

    default AffineExpr replaceSymbols(List<? extends AffineExpr> symbols) {
        return replaceDimsAndSymbols(List.of(), symbols);
    }

    /** Renames dimensions {@code d<offset> .. d<numDims-1>} to {@code d<i + shift>}. */
    default AffineExpr shiftDims(int numDims, int shift, int offset) {
        AffineExpr[] dims = new AffineExpr[numDims];
        for (int i = 0; i < numDims; i++) dims[i] = dim(i < offset ? i : i + shift);
        return replaceDimsAndSymbols(List.of(dims), List.of());
    }

    default AffineExpr shiftDims(int numDims, int shift) {
        return shiftDims(numDims, shift, 0);
    }

    /** Renames symbols {@code s<offset> .. s<numSymbols-1>} to {@code s<i + shift>}. */
    default AffineExpr shiftSymbols(int numSymbols, int shift, int offset) {
        AffineExpr[] symbols = new AffineExpr[numSymbols];
        for (int i = 0; i < numSymbols; i++) symbols[i] = symbol(i < offset ? i : i + shift);
        return replaceDimsAndSymbols(List.of(), List.of(symbols));
    }

    default AffineExpr shiftSymbols(int numSymbols, int shift) {
        return shiftSymbols(numSymbols, shift, 0);
    }

    /** Substitutes the results of {@code map} for this expression's dimensions. */
    default AffineExpr compose(AffineMap map) {
        return replaceDimsAndSymbols(map.results(), List.of());
    }

    // ---------------------------------------------------------------- printing

    /** Appends the expression as MLIR prints it. */
    default void print(StringBuilder out) {
        AffinePrinting.print(this, out);
    }

    /**
     * Appends the expression as MLIR prints it, with each dimension and symbol written by
     * {@code leaves} (as ops whose subscripts name SSA values print them).
     */
    default void print(StringBuilder out, LeafPrinter leaves) {
        AffinePrinting.print(this, out, leaves);
    }

    /** Writes a dimension or symbol in place of {@code d0} or {@code s0}. */
    @FunctionalInterface
    interface LeafPrinter {
        void print(AffineExpr leaf, StringBuilder out);
    }
}
