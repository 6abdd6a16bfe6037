package jmlir.ir;

/** Placeholder until affine expressions land. */
public record AffineMap(int numDims, int numSymbols) {
}
