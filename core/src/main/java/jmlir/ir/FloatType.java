package jmlir.ir;

import java.util.Objects;

/** A floating-point type ({@code f32}, {@code bf16}, {@code f8E4M3FN}, ...). */
public record FloatType(FloatKind kind) implements Type {
    private static final FloatType[] BY_KIND = new FloatType[FloatKind.values().length];

    static {
        for (FloatKind k : FloatKind.values()) BY_KIND[k.ordinal()] = new FloatType(k);
    }

    public static FloatType of(FloatKind kind) {
        return BY_KIND[kind.ordinal()];
    }

    public static final FloatType F16 = of(FloatKind.F16);
    public static final FloatType F32 = of(FloatKind.F32);
    public static final FloatType F64 = of(FloatKind.F64);

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatType that && Objects.equals(kind, that.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(kind);
    }
}
