package jmlir.ir;

/** An immutable type. Like attributes, types compare structurally and are interned. */
public interface Type {
}
