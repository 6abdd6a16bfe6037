package jmlir.ir;

import java.util.Objects;

/** {@code i32}, {@code si8}, {@code ui64}: an integer of any width and signedness. */
public record IntegerType(int width, Signedness signedness) implements Type {
    public enum Signedness { SIGNLESS, SIGNED, UNSIGNED }

    public static final int MAX_WIDTH = 16777215;

    public static final IntegerType I1 = new IntegerType(1, Signedness.SIGNLESS);
    public static final IntegerType I8 = new IntegerType(8, Signedness.SIGNLESS);
    public static final IntegerType I16 = new IntegerType(16, Signedness.SIGNLESS);
    public static final IntegerType I32 = new IntegerType(32, Signedness.SIGNLESS);
    public static final IntegerType I64 = new IntegerType(64, Signedness.SIGNLESS);

    public static IntegerType signless(int width) {
        return switch (width) {
            case 1 -> I1;
            case 8 -> I8;
            case 16 -> I16;
            case 32 -> I32;
            case 64 -> I64;
            default -> new IntegerType(width, Signedness.SIGNLESS);
        };
    }

    public boolean isSignless() {
        return signedness == Signedness.SIGNLESS;
    }

    /** How the type is written: {@code i32}, {@code si8}, {@code ui16}. */
    public String keyword() {
        return prefix() + width;
    }

    /** The keyword without the width: {@code i}, {@code si} or {@code ui}. */
    public String prefix() {
        return switch (signedness) {
            case SIGNLESS -> "i";
            case SIGNED -> "si";
            case UNSIGNED -> "ui";
        };
    }

    public boolean isUnsigned() {
        return signedness == Signedness.UNSIGNED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerType that
                && width == that.width
                && Objects.equals(signedness, that.signedness);
    }

    @Override
    public int hashCode() {
        return 31 * width + Objects.hashCode(signedness);
    }
}
