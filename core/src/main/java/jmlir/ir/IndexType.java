package jmlir.ir;

/** {@code index}: a target-width integer for sizes and subscripts. */
public record IndexType() implements Type {
    public static final IndexType INSTANCE = new IndexType();

    /** Width used when an index value must be held in a fixed-width integer. */
    public static final int STORAGE_WIDTH = 64;

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexType;
    }

    @Override
    public int hashCode() {
        return 922;
    }
}
