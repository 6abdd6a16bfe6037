package jmlir.ir;

/**
 * An attribute of a dialect defined in Java with its own class: printed as
 * {@code #dialect.body}, then {@code : type} when it has a type. Its dialect reads it back
 * through the syntax it registers for the mnemonic.
 */
public interface DialectAttribute extends Attribute {
    /** The namespace of the owning dialect ({@code test}). */
    String dialect();

    /** What follows {@code #dialect.}: the mnemonic and its parameters ({@code e1di64_elements<blob1>}). */
    String body();

    /** The type printed after the attribute, or null when it has none. */
    default Type type() {
        return null;
    }
}
