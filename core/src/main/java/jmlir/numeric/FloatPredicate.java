package jmlir.numeric;

/**
 * The sixteen floating-point comparison predicates of LLVM's fcmp and arith.cmpf: ordered ones
 * are false when an operand is NaN, unordered ones ({@code u...}) true.
 */
public enum FloatPredicate {
    FALSE("false"), OEQ("oeq"), OGT("ogt"), OGE("oge"), OLT("olt"), OLE("ole"), ONE("one"), ORD("ord"),
    UEQ("ueq"), UGT("ugt"), UGE("uge"), ULT("ult"), ULE("ule"), UNE("une"), UNO("uno"), TRUE("true");

    private final String keyword;

    FloatPredicate(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** The predicate spelled {@code keyword} ({@code olt}), or null. */
    public static FloatPredicate fromKeyword(String keyword) {
        for (FloatPredicate p : values()) if (p.keyword.equals(keyword)) return p;
        return null;
    }

    /** Whether two values comparing as {@code c} satisfy the predicate. */
    public boolean test(Comparison c) {
        boolean unordered = c == Comparison.UNORDERED;
        return switch (this) {
            case FALSE -> false;
            case OEQ -> c == Comparison.EQUAL;
            case OGT -> c == Comparison.GREATER;
            case OGE -> c == Comparison.GREATER || c == Comparison.EQUAL;
            case OLT -> c == Comparison.LESS;
            case OLE -> c == Comparison.LESS || c == Comparison.EQUAL;
            case ONE -> !unordered && c != Comparison.EQUAL;
            case ORD -> !unordered;
            case UEQ -> unordered || c == Comparison.EQUAL;
            case UGT -> unordered || c == Comparison.GREATER;
            case UGE -> unordered || c == Comparison.GREATER || c == Comparison.EQUAL;
            case ULT -> unordered || c == Comparison.LESS;
            case ULE -> unordered || c == Comparison.LESS || c == Comparison.EQUAL;
            case UNE -> c != Comparison.EQUAL;
            case UNO -> unordered;
            case TRUE -> true;
        };
    }
}
