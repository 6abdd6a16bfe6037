package jmlir.dialect.arith;

import jmlir.ir.Folder;

/** The fold hook of each arith op. */
final class ArithFolders {
    private ArithFolders() {
    }

    /** The fold hook of the op named {@code name}, or null when it has none. */
    static Folder forOp(String name) {
        Folder f = IntegerFolders.forOp(name);
        return f != null ? f : FloatFolders.forOp(name);
    }
}
