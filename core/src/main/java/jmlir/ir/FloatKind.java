package jmlir.ir;

/** Placeholder until float semantics land. */
public enum FloatKind {
    F16("f16", 16), BF16("bf16", 16), F32("f32", 32), F64("f64", 64), F80("f80", 80), F128("f128", 128), TF32("tf32", 19);

    private final String keyword;
    private final int bitWidth;

    FloatKind(String keyword, int bitWidth) {
        this.keyword = keyword;
        this.bitWidth = bitWidth;
    }

    public int bitWidth() {
        return bitWidth;
    }

    public String keyword() {
        return keyword;
    }

    public static FloatKind fromKeyword(CharSequence s) {
        for (FloatKind k : values()) if (k.keyword.contentEquals(s)) return k;
        return null;
    }
}
