package jmlir.syntax;

/**
 * Remembers what a span of source text parsed to, keyed by the text's bytes. Real IR repeats
 * the same types and attribute dictionaries thousands of times; a repeat then costs a hash and
 * a byte comparison instead of a parse (and the repeats share one object).
 */
final class SpanCache<T> {
    /** Longer text is not worth remembering (and not worth scanning twice). */
    static final int MAX_SPAN = 2048;

    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] hashes = new int[256];
    private Object[] values = new Object[256];
    private int size;
    private final byte[] buf;

    SpanCache(byte[] buf) {
        this.buf = buf;
    }

    static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) h = 31 * h + b[i];
        return h == 0 ? 1 : h;
    }

    @SuppressWarnings("unchecked")
    T get(int s, int e, int hash) {
        int mask = values.length - 1;
        for (int i = hash & mask; values[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && sameText(starts[i], ends[i], s, e)) return (T) values[i];
        }
        return null;
    }

    void put(int s, int e, int hash, T value) {
        if ((size + 1) * 2 > values.length) grow();
        int mask = values.length - 1;
        int i = hash & mask;
        while (values[i] != null) i = (i + 1) & mask;
        starts[i] = s;
        ends[i] = e;
        hashes[i] = hash;
        values[i] = value;
        size++;
    }

    private boolean sameText(int s1, int e1, int s2, int e2) {
        return e1 - s1 == e2 - s2 && java.util.Arrays.equals(buf, s1, e1, buf, s2, e2);
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        int[] os = starts, oe = ends, oh = hashes;
        Object[] ov = values;
        int n = ov.length * 2;
        starts = new int[n];
        ends = new int[n];
        hashes = new int[n];
        values = new Object[n];
        size = 0;
        for (int i = 0; i < ov.length; i++) {
            if (ov[i] != null) put(os[i], oe[i], oh[i], (T) ov[i]);
        }
    }
}
