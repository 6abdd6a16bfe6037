package jmlir.ir;

import java.util.Objects;

/**
 * A string ({@code "text"}), optionally typed ({@code "text" : i32}; type is null when absent).
 * MLIR strings are byte strings: each char of {@code value} holds one byte (0-255), so any byte
 * sequence, valid UTF-8 or not, round-trips. {@link #ofUtf8} builds one from Java text.
 */
public record StringAttr(String value, Type type) implements Attribute {
    public static StringAttr of(String bytes) {
        return new StringAttr(bytes, null);
    }

    public static StringAttr ofUtf8(String text) {
        return new StringAttr(new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1), null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringAttr that
                && Objects.equals(value, that.value)
                && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(value) + Objects.hashCode(type);
    }
}
