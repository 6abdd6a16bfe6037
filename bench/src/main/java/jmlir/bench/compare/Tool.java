package jmlir.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command-line tool under comparison and how to ask it for an action.
 *
 * @param name        the name in results ({@code jmlir}, {@code mlir-opt}, {@code xdsl})
 * @param command     the command and any leading words ({@code XDSL_OPT} may be several)
 * @param genericFlag the flag that selects generic printing
 * @param passOption  the option naming a pass to run ({@code -p canonicalize}), or null when
 *                    a pass is its own flag ({@code --canonicalize})
 */
public record Tool(String name, List<String> command, String genericFlag, String passOption) {
    public static final String JMLIR = "jmlir";
    public static final String MLIR_OPT = "mlir-opt";
    public static final String XDSL = "xdsl";

    public static Tool jmlir(Path launcher) {
        return new Tool(JMLIR, List.of(launcher.toString()), "--mlir-print-op-generic", null);
    }

    public static Tool mlirOpt(String path) {
        return new Tool(MLIR_OPT, List.of(path), "--mlir-print-op-generic", null);
    }

    /** xdsl-opt, from a command line such as {@code "xdsl-opt"} or {@code "uv run xdsl-opt"}. */
    public static Tool xdsl(String commandLine) {
        return new Tool(XDSL, Arrays.asList(commandLine.trim().split("\\s+")), "--print-op-generic", "-p");
    }

    /**
     * The command line for one run. Every tool gets {@code --allow-unregistered-dialect}: jmlir
     * needs it for the dialects it does not have yet, and it changes nothing for the others.
     */
    public List<String> commandLine(Action action, Input input, String output) {
        List<String> c = new ArrayList<>(command);
        c.add("--allow-unregistered-dialect");
        if (action == Action.GENERIC_PRINT) c.add(genericFlag);
        if (action.pass() != null) {
            if (passOption != null) c.addAll(List.of(passOption, action.pass()));
            else c.add("--" + action.pass());
        }
        if (input.split()) c.add("--split-input-file");
        c.add(input.path().toString());
        c.add("-o");
        c.add(output);
        return c;
    }

    /** The command that prints the tool's version. */
    public List<String> versionCommand() {
        List<String> c = new ArrayList<>(command);
        c.add("--version");
        return c;
    }
}
