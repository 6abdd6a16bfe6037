package jmlir.ir;

import java.util.Arrays;
import java.util.List;

/**
 * {@code dense<["a", "b"]> : tensor<2x!dialect.string>}: string elements of any element type that
 * is not an integer, index, float or complex type. Strings are byte strings (one char per byte).
 * A splat holds one string.
 */
public final class DenseStringElementsAttr implements DenseElementsAttr {
    private final ShapedType type;
    private final String[] values;
    private final boolean splat;
    private int hash;

    private DenseStringElementsAttr(ShapedType type, String[] values, boolean splat) {
        this.type = type;
        this.values = values;
        this.splat = splat;
    }

    /**
     * One string per element, or a single string for all of them. Equal strings everywhere make a
     * splat.
     */
    public static DenseStringElementsAttr of(ShapedType type, List<String> values) {
        long n = type.numElements();
        if (values.size() != 1 && values.size() != n) {
            throw new IllegalArgumentException("expected 1 or " + n + " strings, got " + values.size());
        }
        String[] v = values.toArray(new String[0]);
        if (v.length == 0) return new DenseStringElementsAttr(type, v, false);
        if (v.length == 1) return new DenseStringElementsAttr(type, v, true);
        for (int i = 1; i < v.length; i++) {
            if (!v[i].equals(v[0])) return new DenseStringElementsAttr(type, v, false);
        }
        return new DenseStringElementsAttr(type, new String[] {v[0]}, true);
    }

    @Override
    public ShapedType type() {
        return type;
    }

    @Override
    public boolean isSplat() {
        return splat;
    }

    /** The string of element {@code index}. */
    public String get(long index) {
        if (index < 0 || (index >= type.numElements() && !(splat && index == 0))) {
            throw new IndexOutOfBoundsException("element " + index + " of " + type.numElements());
        }
        return splat ? values[0] : values[(int) index];
    }

    /** The stored strings: one for a splat, else one per element. */
    public List<String> rawStrings() {
        return List.of(values);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof DenseStringElementsAttr d && splat == d.splat && type.equals(d.type)
                && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = (type.hashCode() * 31 + Arrays.hashCode(values)) * 31 + (splat ? 1 : 0);
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "DenseStringElementsAttr[" + type + ", " + (splat ? "splat " + values[0] : values.length + " strings") + "]";
    }
}
