package jmlir.ir;

/**
 * What folding an op result gives: a constant ({@link Attribute}) or an existing {@link Value}
 * (MLIR's OpFoldResult).
 */
public interface FoldResult {
}
