package jmlir.ir;

/** Placeholder until float semantics land. */
public enum FloatKind {
    F16("f16"), BF16("bf16"), F32("f32"), F64("f64"), F80("f80"), F128("f128"), TF32("tf32");

    private final String keyword;

    FloatKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static FloatKind fromKeyword(CharSequence s) {
        for (FloatKind k : values()) if (k.keyword.contentEquals(s)) return k;
        return null;
    }
}
