package jmlir.ir;

/** Placeholder until affine expressions land. */
public record IntegerSet(int numDims, int numSymbols) {
}
