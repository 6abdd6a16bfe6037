package jmlir.pass;

import jmlir.ir.Operation;

/**
 * Hooks around each pass run on each op (IR printing). A hook writes through {@code out}, which
 * keeps the text of ops run in parallel in op order.
 */
public interface PassInstrumentation {
    /** Called before {@code pass} runs on {@code op}; returns state handed to the after hook (or null). */
    default Object runBeforePass(Pass pass, Operation op, Appendable out) {
        return null;
    }

    /** Called after {@code pass} ran on {@code op}, successfully or not. */
    default void runAfterPass(Pass pass, Operation op, Appendable out, Object before, boolean failed) {
    }
}
