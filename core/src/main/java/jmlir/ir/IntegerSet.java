package jmlir.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code (d0, ...)[s0, ...] : (c0 >= 0, c1 == 0, ...)}: a conjunction of affine constraints,
 * each an expression compared with zero, either {@code == 0} (an equality) or {@code >= 0}.
 * Immutable; equality is structural.
 */
public final class IntegerSet {
    private final int numDims;
    private final int numSymbols;
    private final List<AffineExpr> constraints;
    private final boolean[] eqFlags;
    private final int hash;

    private IntegerSet(int numDims, int numSymbols, List<AffineExpr> constraints, boolean[] eqFlags) {
        this.numDims = numDims;
        this.numSymbols = numSymbols;
        this.constraints = constraints;
        this.eqFlags = eqFlags;
        this.hash = ((numDims * 31 + numSymbols) * 31 + constraints.hashCode()) * 31 + Arrays.hashCode(eqFlags);
    }

    /**
     * The set of these constraints; {@code eqFlags[i]} tells whether constraint {@code i} is an
     * equality. There must be at least one constraint (the whole space is {@code 0 == 0}).
     */
    public static IntegerSet get(int numDims, int numSymbols, List<? extends AffineExpr> constraints,
            boolean... eqFlags) {
        if (numDims < 0 || numSymbols < 0) throw new IllegalArgumentException("negative dimension or symbol count");
        if (constraints.isEmpty()) throw new IllegalArgumentException("an integer set needs at least one constraint");
        if (constraints.size() != eqFlags.length) {
            throw new IllegalArgumentException(constraints.size() + " constraints but " + eqFlags.length + " flags");
        }
        List<AffineExpr> copy = List.copyOf(constraints);
        for (AffineExpr e : copy) AffineMap.checkOperands(e, numDims, numSymbols);
        return new IntegerSet(numDims, numSymbols, copy, eqFlags.clone());
    }

    /** The set of one constraint. */
    public static IntegerSet get(int numDims, int numSymbols, AffineExpr constraint, boolean isEq) {
        return get(numDims, numSymbols, List.of(constraint), isEq);
    }

    /** The canonical empty set over these inputs: {@code 1 == 0}. */
    public static IntegerSet empty(int numDims, int numSymbols) {
        return get(numDims, numSymbols, AffineExpr.constant(1), true);
    }

    /** Whether this is the canonical empty set ({@code 1 == 0}). */
    public boolean isEmptyIntegerSet() {
        return constraints.size() == 1 && eqFlags[0] && constraints.getFirst() instanceof AffineConstantExpr(long v)
                && v == 1;
    }

    public int numDims() {
        return numDims;
    }

    public int numSymbols() {
        return numSymbols;
    }

    public int numInputs() {
        return numDims + numSymbols;
    }

    public int numConstraints() {
        return constraints.size();
    }

    public List<AffineExpr> constraints() {
        return constraints;
    }

    public AffineExpr constraint(int i) {
        return constraints.get(i);
    }

    /** Whether constraint {@code i} is an equality ({@code == 0}) rather than {@code >= 0}. */
    public boolean isEq(int i) {
        return eqFlags[i];
    }

    /** A copy of the equality flags. */
    public boolean[] eqFlags() {
        return eqFlags.clone();
    }

    public int numEqualities() {
        int n = 0;
        for (boolean b : eqFlags) if (b) n++;
        return n;
    }

    public int numInequalities() {
        return eqFlags.length - numEqualities();
    }

    /** Substitutes in every constraint and gives the new set the stated input counts. */
    public IntegerSet replaceDimsAndSymbols(List<? extends AffineExpr> dims, List<? extends AffineExpr> symbols,
            int newNumDims, int newNumSymbols) {
        List<AffineExpr> out = new ArrayList<>(constraints.size());
        for (AffineExpr e : constraints) out.add(e.replaceDimsAndSymbols(dims, symbols));
        return get(newNumDims, newNumSymbols, out, eqFlags);
    }

    /** Appends {@code (d0)[s0] : (...)}, without the {@code affine_set<>} wrapper. */
    public void print(StringBuilder out) {
        AffinePrinting.printSet(this, out);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof IntegerSet s && hash == s.hash && numDims == s.numDims && numSymbols == s.numSymbols
                && Arrays.equals(eqFlags, s.eqFlags) && constraints.equals(s.constraints);
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
