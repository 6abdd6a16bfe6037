package jmlir.ir;

import java.util.Arrays;

/**
 * The bytes of a resource ({@code "0x..."} in the file metadata) and the alignment its data
 * asks for (the first four bytes of the hex string, little-endian). The blob keeps the array it
 * is given, which may be large: neither its creator nor its readers may modify it.
 */
public record ResourceBlob(byte[] data, int alignment) {
    /** The data; callers must not modify it. */
    @Override
    public byte[] data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceBlob b && alignment == b.alignment && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + alignment;
    }

    @Override
    public String toString() {
        return "ResourceBlob[" + data.length + " bytes, alignment " + alignment + "]";
    }
}
