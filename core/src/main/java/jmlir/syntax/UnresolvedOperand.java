package jmlir.syntax;

/** An SSA use as written ({@code %x#1}), before it is resolved to a value of a known type. */
public record UnresolvedOperand(String name, int number, int offset) {
}
