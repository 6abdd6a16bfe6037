package jmlir.syntax;

import java.util.Arrays;

/**
 * Walks a nested list of numbers in the buffer ({@code [[1, 2], [3, 4]]}) and returns its
 * shape, leaving each number to an {@link Element} reader. Used by the dense-literal paths that
 * read numbers straight from the bytes; any irregularity (ragged lists, other tokens) gives up.
 */
final class NestedListShape {
    /** Reads the number at {@code at}; returns where it ends, or -1 to give up. */
    @FunctionalInterface
    interface Element {
        int read(int at);
    }

    private static final long[] SCALAR = new long[0];

    private final byte[] b;
    private final int limit;
    private final Element element;
    private int pos;

    NestedListShape(byte[] b, int limit, Element element) {
        this.b = b;
        this.limit = limit;
        this.element = element;
    }

    /** Where the last scan stopped: just after the closing bracket. */
    int end() {
        return pos;
    }

    /** The shape of the list whose {@code [} is at {@code open}, or null to give up. */
    long[] scan(int open) {
        pos = open;
        return list();
    }

    private long[] list() {
        int i = DenseLiteral.skipBlanks(b, pos + 1, limit);
        if (i < limit && b[i] == ']') {
            pos = i + 1;
            return new long[] {0};
        }
        long size = 0;
        long[] first = null;
        while (true) {
            if (i >= limit) return null;
            long[] dims;
            if (b[i] == '[') {
                pos = i;
                dims = list();
                if (dims == null) return null;
                i = pos;
            } else {
                i = element.read(i);
                if (i < 0) return null;
                dims = SCALAR;
            }
            size++;
            if (first == null) first = dims;
            else if (dims != first && !Arrays.equals(dims, first)) return null;
            i = DenseLiteral.skipBlanks(b, i, limit);
            if (i >= limit) return null;
            if (b[i] == ',') {
                i = DenseLiteral.skipBlanks(b, i + 1, limit);
            } else if (b[i] == ']') {
                pos = i + 1;
                break;
            } else {
                return null;
            }
        }
        long[] dims = new long[first.length + 1];
        dims[0] = size;
        System.arraycopy(first, 0, dims, 1, first.length);
        return dims;
    }
}
