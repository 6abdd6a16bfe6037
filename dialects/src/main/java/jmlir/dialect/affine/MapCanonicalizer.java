package jmlir.dialect.affine;

import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineSymbolExpr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.Value;
import jmlir.rewrite.Folding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An affine map with the values its dimensions and symbols stand for, brought to MLIR's
 * canonical form: affine.apply producers composed in, values that are symbols moved to symbol
 * positions, constants substituted, unused and repeated operands dropped, results simplified.
 *
 * <p>Results are simplified as MLIR's simplifyAffineMap does ({@link AffineFlattener}); for
 * results that are not pure affine, {@link #compose} reports failure and the caller leaves the
 * op as it is.
 */
final class MapCanonicalizer {
    AffineMap map;
    List<Value> operands;

    MapCanonicalizer(AffineMap map, List<Value> operands) {
        this.map = map;
        this.operands = new ArrayList<>(operands);
    }

    // ---------------------------------------------------------------- canonicalizeMapAndOperands

    /** MLIR's canonicalizeMapAndOperands. */
    void canonicalize() {
        if (operands.isEmpty()) return;
        promoteSymbols();
        demoteToDims();
        boolean[] usedDims = new boolean[map.numDims()];
        boolean[] usedSymbols = new boolean[map.numSymbols()];
        for (AffineExpr result : map.results()) {
            result.walk(e -> {
                if (e instanceof AffineDimExpr d) usedDims[d.position()] = true;
                else if (e instanceof AffineSymbolExpr s) usedSymbols[s.position()] = true;
            });
        }
        List<Value> kept = new ArrayList<>(operands.size());
        Map<Value, AffineExpr> seenDims = new HashMap<>();
        AffineExpr[] dimRemap = new AffineExpr[map.numDims()];
        int nextDim = 0;
        for (int i = 0; i < map.numDims(); i++) {
            if (!usedDims[i]) continue;
            Value v = operands.get(i);
            AffineExpr seen = seenDims.get(v);
            if (seen == null) {
                seen = AffineExpr.dim(nextDim++);
                kept.add(v);
                seenDims.put(v, seen);
            }
            dimRemap[i] = seen;
        }
        Map<Value, AffineExpr> seenSymbols = new HashMap<>();
        AffineExpr[] symbolRemap = new AffineExpr[map.numSymbols()];
        int nextSymbol = 0;
        for (int i = 0; i < map.numSymbols(); i++) {
            if (!usedSymbols[i]) continue;
            Value v = operands.get(map.numDims() + i);
            if (Folding.constantValue(v) instanceof IntegerAttr c) {
                symbolRemap[i] = AffineExpr.constant(c.value());
                continue;
            }
            AffineExpr seen = seenSymbols.get(v);
            if (seen == null) {
                seen = AffineExpr.symbol(nextSymbol++);
                kept.add(v);
                seenSymbols.put(v, seen);
            }
            symbolRemap[i] = seen;
        }
        map = map.replaceDimsAndSymbols(filled(dimRemap, true), filled(symbolRemap, false), nextDim, nextSymbol);
        operands = kept;
    }

    /** Unused positions keep their own expression; they do not occur in the map. */
    private static List<AffineExpr> filled(AffineExpr[] remap, boolean dims) {
        for (int i = 0; i < remap.length; i++) {
            if (remap[i] == null) remap[i] = dims ? AffineExpr.dim(i) : AffineExpr.symbol(i);
        }
        return Arrays.asList(remap);
    }

    /** Dimensions whose values are valid symbols become symbols (after the existing ones). */
    private void promoteSymbols() {
        int numDims = map.numDims();
        int oldSymbols = map.numSymbols();
        List<Value> kept = new ArrayList<>(operands.size());
        List<Value> promoted = new ArrayList<>();
        AffineExpr[] dimRemap = new AffineExpr[numDims];
        int nextDim = 0;
        for (int i = 0; i < numDims; i++) {
            Value v = operands.get(i);
            if (AffineScopes.isValidSymbol(v)) {
                dimRemap[i] = AffineExpr.symbol(oldSymbols + promoted.size());
                promoted.add(v);
            } else {
                dimRemap[i] = AffineExpr.dim(nextDim++);
                kept.add(v);
            }
        }
        kept.addAll(operands.subList(numDims, operands.size()));
        kept.addAll(promoted);
        operands = kept;
        map = map.replaceDimsAndSymbols(Arrays.asList(dimRemap), List.of(), nextDim, oldSymbols + promoted.size());
    }

    /** Symbols whose values are valid dimensions but not valid symbols become dimensions. */
    private void demoteToDims() {
        int oldDims = map.numDims();
        List<Value> kept = new ArrayList<>(operands.subList(0, oldDims));
        List<Value> demoted = new ArrayList<>();
        List<Value> symbols = new ArrayList<>();
        AffineExpr[] symbolRemap = new AffineExpr[map.numSymbols()];
        for (int i = 0; i < map.numSymbols(); i++) {
            Value v = operands.get(oldDims + i);
            if (AffineScopes.isValidDim(v) && !AffineScopes.isValidSymbol(v)) {
                symbolRemap[i] = AffineExpr.dim(oldDims + demoted.size());
                demoted.add(v);
            } else {
                symbolRemap[i] = AffineExpr.symbol(symbols.size());
                symbols.add(v);
            }
        }
        kept.addAll(demoted);
        kept.addAll(symbols);
        operands = kept;
        map = map.replaceDimsAndSymbols(List.of(), Arrays.asList(symbolRemap), oldDims + demoted.size(),
                symbols.size());
    }

    // ---------------------------------------------------------------- composeAffineMapAndOperands

    /**
     * MLIR's composeAffineMapAndOperands: the maps of affine.apply ops that define operands are
     * substituted for them, then the result is canonicalized and simplified. Returns false,
     * leaving this unchanged, when a result is not pure affine.
     */
    boolean compose() {
        AffineMap savedMap = map;
        List<Value> savedOperands = new ArrayList<>(operands);
        if (map.numResults() > 0) {
            List<Value> dims = new ArrayList<>(operands.subList(0, map.numDims()));
            List<Value> symbols = new ArrayList<>(operands.subList(map.numDims(), operands.size()));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int pos = 0; pos < dims.size() + symbols.size() && !changed; pos++) {
                    changed = replaceDimOrSymbol(pos, dims, symbols);
                }
            }
            List<Value> kept = new ArrayList<>();
            List<AffineExpr> dimRemap = new ArrayList<>(dims.size());
            List<AffineExpr> symbolRemap = new ArrayList<>(symbols.size());
            int nDims = 0;
            for (Value v : dims) {
                dimRemap.add(v == null ? AffineExpr.constant(0) : AffineExpr.dim(nDims++));
                if (v != null) kept.add(v);
            }
            int nSymbols = 0;
            for (Value v : symbols) {
                symbolRemap.add(v == null ? AffineExpr.constant(0) : AffineExpr.symbol(nSymbols++));
                if (v != null) kept.add(v);
            }
            map = map.replaceDimsAndSymbols(dimRemap, symbolRemap, nDims, nSymbols);
            operands = kept;
        }
        canonicalize();
        AffineMap simplified = AffineFlattener.simplify(map);
        if (simplified == null) {
            map = savedMap;
            operands = savedOperands;
            return false;
        }
        map = simplified;
        return true;
    }

    /** Substitutes the map of the affine.apply defining the value at {@code pos}, if any. */
    private boolean replaceDimOrSymbol(int pos, List<Value> dims, List<Value> symbols) {
        boolean isDim = pos < dims.size();
        int at = isDim ? pos : pos - dims.size();
        Value v = isDim ? dims.get(at) : symbols.get(at);
        if (v == null || !(v.definingOp() instanceof ApplyOp apply)) return false;
        if (isDim) dims.set(at, null);
        else symbols.set(at, null);
        MapCanonicalizer inner = new MapCanonicalizer(apply.map(),
                AffineOpSyntax.operands(apply, 0, apply.numOperands()));
        inner.canonicalize();
        AffineExpr replacement = inner.map.result(0)
                .shiftDims(inner.map.numDims(), dims.size())
                .shiftSymbols(inner.map.numSymbols(), symbols.size());
        dims.addAll(inner.operands.subList(0, inner.map.numDims()));
        symbols.addAll(inner.operands.subList(inner.map.numDims(), inner.operands.size()));
        List<AffineExpr> dimRemap = new ArrayList<>();
        List<AffineExpr> symbolRemap = new ArrayList<>();
        if (isDim) {
            for (int i = 0; i <= at; i++) dimRemap.add(i == at ? replacement : AffineExpr.dim(i));
        } else {
            for (int i = 0; i <= at; i++) symbolRemap.add(i == at ? replacement : AffineExpr.symbol(i));
        }
        map = map.replaceDimsAndSymbols(dimRemap, symbolRemap, dims.size(), symbols.size());
        return true;
    }
}
