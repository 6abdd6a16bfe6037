package jmlir.pass;

import jmlir.ir.Operation;
import jmlir.ir.SymbolTable;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.PrintOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;

/**
 * Prints the IR before and after passes ({@code --mlir-print-ir-before/after...}) under
 * mlir-opt's headers: {@code // -----// IR Dump After CSE (cse) //----- //}. The op a pass ran
 * on is printed on its own, or, with module scope, the whole top-level op.
 */
public final class IrPrinting implements PassInstrumentation {
    /** The flags; pass sets hold pass arguments ({@code cse}). */
    public record Config(Set<String> before, boolean beforeAll, Set<String> after, boolean afterAll,
                         boolean afterChange, boolean afterFailure, boolean moduleScope) {
        /** Whether any flag asks for printing. */
        public boolean enabled() {
            return beforeAll || afterAll || afterFailure || !before.isEmpty() || !after.isEmpty();
        }
    }

    private final Config config;
    private final PrintOptions printing;
    private final Function<Operation, String> topLevelPrinter;

    /**
     * {@code topLevelPrinter} prints an op that has no parent as the tool prints its output
     * (aliases, resources, final newline).
     */
    public IrPrinting(Config config, PrintOptions printing, Function<Operation, String> topLevelPrinter) {
        this.config = config;
        this.printing = printing;
        this.topLevelPrinter = topLevelPrinter;
    }

    /** Whether dumps show the whole top-level op (then nested pipelines must not run in parallel). */
    public boolean printsModuleScope() {
        return config.moduleScope();
    }

    @Override
    public Object runBeforePass(Pass pass, Operation op, Appendable out) {
        if (config.beforeAll() || config.before().contains(pass.argument())) dump(out, "Before", pass, op, false);
        return config.afterChange() ? OperationFingerprint.of(op) : null;
    }

    @Override
    public void runAfterPass(Pass pass, Operation op, Appendable out, Object before, boolean failed) {
        if (!config.afterAll() && !config.afterFailure() && !config.after().contains(pass.argument())) return;
        if (!failed) {
            if (config.afterFailure()) return;
            if (before instanceof Long fingerprint && fingerprint == OperationFingerprint.of(op)) return;
        }
        dump(out, "After", pass, op, failed);
    }

    private void dump(Appendable out, String when, Pass pass, Operation op, boolean failed) {
        StringBuilder text = new StringBuilder("// -----// IR Dump ").append(when).append(' ').append(pass.name());
        if (failed) text.append(" Failed");
        text.append(" (").append(pass.argument()).append(')');
        Operation shown = op;
        if (config.moduleScope()) {
            text.append(" ('").append(op.name().name()).append("' operation");
            String symbol = SymbolTable.nameOf(op);
            if (symbol != null) text.append(": @").append(symbol);
            text.append(')');
            while (shown.parentOp() != null) shown = shown.parentOp();
        }
        text.append(" //----- //\n");
        text.append(shown.parentOp() == null ? topLevelPrinter.apply(shown) : OpPrinter.printLocalScope(shown, printing));
        text.append("\n\n");
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
