package jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code (d0, ..., d<n-1>)[s0, ..., s<m-1>] -> (e0, ..., e<k-1>)}: a list of affine result
 * expressions over {@code numDims} dimensions and {@code numSymbols} symbols. Immutable;
 * equality is structural.
 */
public final class AffineMap {
    private final int numDims;
    private final int numSymbols;
    private final List<AffineExpr> results;
    private final int hash;

    private AffineMap(int numDims, int numSymbols, List<AffineExpr> results) {
        this.numDims = numDims;
        this.numSymbols = numSymbols;
        this.results = results;
        this.hash = (numDims * 31 + numSymbols) * 31 + results.hashCode();
    }

    /**
     * The map with these results. Every dimension and symbol they use must be below
     * {@code numDims} and {@code numSymbols}.
     */
    public static AffineMap get(int numDims, int numSymbols, List<? extends AffineExpr> results) {
        if (numDims < 0 || numSymbols < 0) throw new IllegalArgumentException("negative dimension or symbol count");
        List<AffineExpr> copy = List.copyOf(results);
        for (AffineExpr e : copy) checkOperands(e, numDims, numSymbols);
        return new AffineMap(numDims, numSymbols, copy);
    }

    public static AffineMap get(int numDims, int numSymbols, AffineExpr... results) {
        return get(numDims, numSymbols, Arrays.asList(results));
    }

    /** {@code () -> ()}. */
    public static AffineMap empty() {
        return empty(0, 0);
    }

    /** A map with no results over the given inputs. */
    public static AffineMap empty(int numDims, int numSymbols) {
        return get(numDims, numSymbols, List.of());
    }

    /** {@code () -> (value)}. */
    public static AffineMap constant(long value) {
        return get(0, 0, AffineExpr.constant(value));
    }

    /** {@code () -> (v0, v1, ...)}. */
    public static AffineMap constants(long... values) {
        AffineExpr[] exprs = new AffineExpr[values.length];
        for (int i = 0; i < values.length; i++) exprs[i] = AffineExpr.constant(values[i]);
        return get(0, 0, exprs);
    }

    /** {@code (d0, ..., d<n-1>) -> (d0, ..., d<n-1>)}. */
    public static AffineMap identity(int numDims) {
        AffineExpr[] exprs = new AffineExpr[numDims];
        for (int i = 0; i < numDims; i++) exprs[i] = AffineExpr.dim(i);
        return get(numDims, 0, exprs);
    }

    /** {@code (d0, ..., d<n-1>) -> (d<n-r>, ..., d<n-1>)}: the identity on the last {@code numResults} dimensions. */
    public static AffineMap minorIdentity(int numDims, int numResults) {
        if (numResults > numDims) {
            throw new IllegalArgumentException(numResults + " results for " + numDims + " dimensions");
        }
        AffineExpr[] exprs = new AffineExpr[numResults];
        for (int i = 0; i < numResults; i++) exprs[i] = AffineExpr.dim(numDims - numResults + i);
        return get(numDims, 0, exprs);
    }

    /** {@code (d0, ..., d<n-1>) -> (d<p0>, d<p1>, ...)} for a permutation {@code p} of {@code 0..n-1}. */
    public static AffineMap permutation(int... permutation) {
        boolean[] seen = new boolean[permutation.length];
        AffineExpr[] exprs = new AffineExpr[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            int p = permutation[i];
            if (p < 0 || p >= permutation.length || seen[p]) {
                throw new IllegalArgumentException("not a permutation: " + Arrays.toString(permutation));
            }
            seen[p] = true;
            exprs[i] = AffineExpr.dim(p);
        }
        return get(permutation.length, 0, exprs);
    }

    static void checkOperands(AffineExpr e, int numDims, int numSymbols) {
        if (e instanceof AffineDimExpr d && d.position() >= numDims) {
            throw new IllegalArgumentException(d + " used in a map of " + numDims + " dimensions");
        }
        if (e instanceof AffineSymbolExpr s && s.position() >= numSymbols) {
            throw new IllegalArgumentException(s + " used in a map of " + numSymbols + " symbols");
        }
        if (e instanceof AffineBinaryOpExpr b) {
            checkOperands(b.lhs(), numDims, numSymbols);
            checkOperands(b.rhs(), numDims, numSymbols);
        }
    }

    public int numDims() {
        return numDims;
    }

    public int numSymbols() {
        return numSymbols;
    }

    /** Dimensions plus symbols. */
    public int numInputs() {
        return numDims + numSymbols;
    }

    public int numResults() {
        return results.size();
    }

    public List<AffineExpr> results() {
        return results;
    }

    public AffineExpr result(int i) {
        return results.get(i);
    }

    /** Whether the map has no results. */
    public boolean isEmpty() {
        return results.isEmpty();
    }

    /**
     * Whether the results are {@code d0, d1, ...} in order, one per dimension (the map may still
     * have symbols).
     */
    public boolean isIdentity() {
        if (results.size() != numDims) return false;
        for (int i = 0; i < numDims; i++) {
            if (!(results.get(i) instanceof AffineDimExpr d) || d.position() != i) return false;
        }
        return true;
    }

    /** Whether the map has exactly one result and it is a constant. */
    public boolean isSingleConstant() {
        return results.size() == 1 && results.getFirst() instanceof AffineConstantExpr;
    }

    /** The value of the single constant result; see {@link #isSingleConstant()}. */
    public long singleConstantResult() {
        if (!isSingleConstant()) throw new IllegalStateException("not a single-constant map: " + this);
        return ((AffineConstantExpr) results.getFirst()).value();
    }

    /** Whether every result is a constant. */
    public boolean isConstant() {
        for (AffineExpr e : results) if (!(e instanceof AffineConstantExpr)) return false;
        return true;
    }

    /** Whether the results are the dimensions in some order, each once, and there are no symbols. */
    public boolean isPermutation() {
        return results.size() == numDims && isProjectedPermutation();
    }

    /**
     * Whether each result is a distinct dimension (or, when {@code allowZeroInResults}, the
     * constant 0) and the map has no symbols and no more results than inputs.
     */
    public boolean isProjectedPermutation(boolean allowZeroInResults) {
        if (numSymbols > 0 || results.size() > numInputs()) return false;
        boolean[] seen = new boolean[numDims];
        for (AffineExpr e : results) {
            if (e instanceof AffineDimExpr d) {
                if (seen[d.position()]) return false;
                seen[d.position()] = true;
            } else if (!(allowZeroInResults && e instanceof AffineConstantExpr(long v) && v == 0)) {
                return false;
            }
        }
        return true;
    }

    public boolean isProjectedPermutation() {
        return isProjectedPermutation(false);
    }

    /** Whether this is {@link #minorIdentity} of its dimension and result counts. */
    public boolean isMinorIdentity() {
        return numDims >= results.size() && equals(minorIdentity(numDims, results.size()));
    }

    /** The position of result {@code i}, which must be a dimension. */
    public int dimPosition(int i) {
        if (!(results.get(i) instanceof AffineDimExpr d)) {
            throw new IllegalStateException("result " + i + " is not a dimension");
        }
        return d.position();
    }

    /** Whether every result is free of dimensions. */
    public boolean isSymbolicOrConstant() {
        for (AffineExpr e : results) if (!e.isSymbolicOrConstant()) return false;
        return true;
    }

    /** Whether every result is strictly affine (see {@link AffineExpr#isPureAffine()}). */
    public boolean isPureAffine() {
        for (AffineExpr e : results) if (!e.isPureAffine()) return false;
        return true;
    }

    /** Whether dimension {@code position} occurs in some result. */
    public boolean isFunctionOfDim(int position) {
        for (AffineExpr e : results) if (e.isFunctionOfDim(position)) return true;
        return false;
    }

    /** Whether symbol {@code position} occurs in some result. */
    public boolean isFunctionOfSymbol(int position) {
        for (AffineExpr e : results) if (e.isFunctionOfSymbol(position)) return true;
        return false;
    }

    /** The map of the results {@code start .. start+length-1}. */
    public AffineMap subMap(int start, int length) {
        return new AffineMap(numDims, numSymbols, results.subList(start, start + length));
    }

    /**
     * Substitutes {@code dims} and {@code symbols} in every result (see
     * {@link AffineExpr#replaceDimsAndSymbols}) and gives the new map the stated input counts.
     */
    public AffineMap replaceDimsAndSymbols(List<? extends AffineExpr> dims, List<? extends AffineExpr> symbols,
            int newNumDims, int newNumSymbols) {
        List<AffineExpr> out = new ArrayList<>(results.size());
        for (AffineExpr e : results) out.add(e.replaceDimsAndSymbols(dims, symbols));
        return get(newNumDims, newNumSymbols, out);
    }

    /**
     * {@code this ∘ inner}: feeds the results of {@code inner} into this map's dimensions. The
     * result takes {@code inner}'s dimensions and has this map's symbols followed by
     * {@code inner}'s. Requires {@code numDims() == inner.numResults()}.
     */
    public AffineMap compose(AffineMap inner) {
        if (numDims != inner.numResults()) {
            throw new IllegalArgumentException("composing a map of " + numDims + " dimensions with a map of "
                    + inner.numResults() + " results");
        }
        int dims = inner.numDims;
        int symbols = numSymbols + inner.numSymbols;
        List<AffineExpr> innerSymbols = new ArrayList<>(inner.numSymbols);
        for (int i = 0; i < inner.numSymbols; i++) innerSymbols.add(AffineExpr.symbol(numSymbols + i));
        List<AffineExpr> feed = new ArrayList<>(inner.results.size());
        for (AffineExpr e : inner.results) feed.add(e.replaceDimsAndSymbols(List.of(), innerSymbols));
        List<AffineExpr> out = new ArrayList<>(results.size());
        for (AffineExpr e : results) out.add(e.replaceDimsAndSymbols(feed, List.of()));
        return get(dims, symbols, out);
    }

    /** Evaluates the map for constant inputs (MLIR's floor, ceiling and modulo semantics). */
    public long[] evaluate(long[] dimValues, long[] symbolValues) {
        if (dimValues.length != numDims || symbolValues.length != numSymbols) {
            throw new IllegalArgumentException("expected " + numDims + " dimension and " + numSymbols
                    + " symbol values");
        }
        List<AffineExpr> dims = new ArrayList<>(numDims);
        for (long v : dimValues) dims.add(AffineExpr.constant(v));
        List<AffineExpr> symbols = new ArrayList<>(numSymbols);
        for (long v : symbolValues) symbols.add(AffineExpr.constant(v));
        long[] out = new long[results.size()];
        for (int i = 0; i < out.length; i++) {
            AffineExpr r = results.get(i).replaceDimsAndSymbols(dims, symbols);
            if (!(r instanceof AffineConstantExpr c)) {
                throw new ArithmeticException("cannot evaluate " + results.get(i) + " (division by zero or overflow)");
            }
            out[i] = c.value();
        }
        return out;
    }

    /** Appends {@code (d0)[s0] -> (...)}, without the {@code affine_map<>} wrapper. */
    public void print(StringBuilder out) {
        AffinePrinting.printMap(this, out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof AffineMap m && hash == m.hash && numDims == m.numDims && numSymbols == m.numSymbols
                && results.equals(m.results);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        print(sb);
        return sb.toString();
    }
}
