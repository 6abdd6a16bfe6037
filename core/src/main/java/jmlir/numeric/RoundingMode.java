package jmlir.numeric;

/** IEEE 754 rounding directions, as LLVM's APFloat names them and arith's roundingmode spells them. */
public enum RoundingMode {
    /** {@code to_nearest_even}: the default. */
    NEAREST_TIES_TO_EVEN,
    /** {@code downward}. */
    TOWARD_NEGATIVE,
    /** {@code upward}. */
    TOWARD_POSITIVE,
    /** {@code toward_zero}. */
    TOWARD_ZERO,
    /** {@code to_nearest_away}. */
    NEAREST_TIES_TO_AWAY;

    /** The mode arith's {@code #arith<roundingmode ...>} keyword names, or null. */
    public static RoundingMode fromArithKeyword(String keyword) {
        return switch (keyword) {
            case "to_nearest_even" -> NEAREST_TIES_TO_EVEN;
            case "downward" -> TOWARD_NEGATIVE;
            case "upward" -> TOWARD_POSITIVE;
            case "toward_zero" -> TOWARD_ZERO;
            case "to_nearest_away" -> NEAREST_TIES_TO_AWAY;
            default -> null;
        };
    }
}
