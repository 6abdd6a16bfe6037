package jmlir.syntax;

/** Resources read from and written to the {@code {-# ... #-}} file metadata section. */
public final class ResourceTable {
}
