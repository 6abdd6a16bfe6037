package jmlir.ir;

/** {@code builtin.module}: a symbol table, and a symbol when it has a name ({@code module @m}). */
public final class ModuleOp extends Operation implements SymbolOpInterface {
    public ModuleOp(Init init) {
        super(init);
    }

    @Override
    public boolean isOptionalSymbol() {
        return true;
    }
}
