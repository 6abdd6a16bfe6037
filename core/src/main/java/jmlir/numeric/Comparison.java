package jmlir.numeric;

/** The outcome of comparing two floats: ordered (less, equal, greater) or unordered (a NaN). */
public enum Comparison {
    LESS, EQUAL, GREATER, UNORDERED
}
