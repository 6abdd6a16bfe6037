package jmlir.ir;

/** {@code none}. */
public record NoneType() implements Type {
    public static final NoneType INSTANCE = new NoneType();

    @Override
    public boolean equals(Object o) {
        return o instanceof NoneType;
    }

    @Override
    public int hashCode() {
        return 818;
    }
}
