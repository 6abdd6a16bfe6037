package jmlir.cli;

import jmlir.syntax.DiagnosticVerifier;
import jmlir.syntax.PrintOptions;

import java.util.ArrayList;
import java.util.List;

/** The command line of {@code jmlir-opt}, spelled as mlir-opt's (one or two dashes). */
final class OptOptions {
    String input = "-";
    String output = "-";
    boolean splitInputFile;
    /** The single top-level op is the output's top, not wrapped in a module ({@code --no-implicit-module}). */
    boolean noImplicitModule;
    String splitMarker = "// -----";
    String outputSplitMarker = "// -----";
    /** The --verify-diagnostics level, or null when diagnostics are printed. */
    DiagnosticVerifier.Level verifyLevel;
    boolean allowUnregisteredDialect;
    /** An IRDL file whose dialects every chunk's context gets, or null. */
    String irdlFile;
    boolean showDialects;
    boolean version;
    boolean help;
    boolean verifyEach = true;
    /** Where to write a Chrome trace of the run's phases, or null. */
    String traceFile;
    /** The span names to trace; empty means all. */
    java.util.Set<String> traceSpans = java.util.Set.of();
    /** Where to write a JDK Flight Recorder profile of the run, or null. */
    String jfrFile;
    final PrintOptions print = new PrintOptions();
    /** The pass-manager flags: pipeline, instrumentation, threading. */
    final PassOptions passes = new PassOptions();
    final List<String> unknown = new ArrayList<>();

    /** Thrown for a malformed command line; the message is printed as is. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static OptOptions parse(String[] args) throws UsageException {
        return parse(args, PassOptions.defaultRegistry());
    }

    /** Parses {@code args}; a flag named after a pass of {@code registry} adds that pass to the pipeline. */
    static OptOptions parse(String[] args, jmlir.pass.PassRegistry registry) throws UsageException {
        OptOptions o = new OptOptions();
        o.passes.registry = registry;
        boolean positionalSeen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-") || !arg.startsWith("-")) {
                if (positionalSeen) throw new UsageException("jmlir-opt: Too many positional arguments specified!\n"
                        + "Can specify at most 1 positional arguments: See: jmlir-opt --help");
                o.input = arg;
                positionalSeen = true;
                continue;
            }
            String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String name = body;
            String value = null;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                name = body.substring(0, eq);
                value = body.substring(eq + 1);
            }
            switch (name) {
                case "o" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new UsageException("jmlir-opt: for the -o option: requires a value!");
                        value = args[++i];
                    }
                    o.output = value;
                }
                case "split-input-file" -> {
                    o.splitInputFile = true;
                    if (value != null && !value.isEmpty()) o.splitMarker = value;
                }
                case "output-split-marker" -> o.outputSplitMarker = requireValue(name, value);
                case "verify-diagnostics" -> o.verifyLevel = switch (value == null ? "all" : value) {
                    case "all" -> DiagnosticVerifier.Level.ALL;
                    case "only-expected" -> DiagnosticVerifier.Level.ONLY_EXPECTED;
                    default -> throw new UsageException("jmlir-opt: for the --verify-diagnostics option: Cannot find "
                            + "option named '" + value + "'!");
                };
                case "irdl-file" -> o.irdlFile = requireValue(name, value);
                case "allow-unregistered-dialect" -> o.allowUnregisteredDialect = flag(name, value);
                case "mlir-print-op-generic" -> o.print.generic = flag(name, value);
                case "mlir-print-debuginfo" -> o.print.debugInfo = flag(name, value);
                case "mlir-pretty-debuginfo" -> o.print.prettyDebugInfo = flag(name, value);
                case "mlir-print-local-scope" -> o.print.localScope = flag(name, value);
                case "mlir-print-skip-regions" -> o.print.skipRegions = flag(name, value);
                case "mlir-print-unique-ssa-ids" -> o.print.uniqueSsaIds = flag(name, value);
                case "mlir-elide-elementsattrs-if-larger" -> o.print.elideElementsIfLarger = number(name, value);
                case "mlir-print-elementsattrs-with-hex-if-larger" -> o.print.hexElementsIfLarger = number(name, value);
                case "mlir-elide-resource-strings-if-larger" -> o.print.elideResourceStringsIfLarger = number(name, value);
                case "verify-each" -> o.verifyEach = flag(name, value);
                case "p", "passes" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) throw new UsageException("jmlir-opt: for the -" + name + " option: requires a value!");
                        value = args[++i];
                    }
                    // mlir-opt's -p is --pass-pipeline ("builtin.module(cse)"); xDSL's lists passes ("cse,canonicalize").
                    if (isWrappedPipeline(value, registry)) o.passes.pipeline = value;
                    else o.passes.steps.add(new PassOptions.Step(null, value));
                }
                case "pass-pipeline" -> o.passes.pipeline = requireValue(name, value);
                case "dump-pass-pipeline" -> o.passes.dumpPipeline = flag(name, value);
                case "list-passes" -> o.passes.listPasses = true;
                case "mlir-disable-threading" -> o.passes.disableThreading = flag(name, value);
                case "mlir-timing" -> o.passes.timing = flag(name, value);
                case "mlir-timing-display" -> o.passes.timingDisplay = switch (requireValue(name, value)) {
                    case "tree" -> jmlir.pass.Timing.Display.TREE;
                    case "list" -> jmlir.pass.Timing.Display.LIST;
                    default -> throw new UsageException("jmlir-opt: for the --" + name + " option: Cannot find option named '"
                            + value + "'!");
                };
                case "mlir-pass-statistics" -> o.passes.statistics = flag(name, value);
                case "mlir-pass-statistics-display" -> o.passes.statisticsDisplay = switch (requireValue(name, value)) {
                    case "pipeline" -> jmlir.pass.PassStatisticsReport.Display.PIPELINE;
                    case "list" -> jmlir.pass.PassStatisticsReport.Display.LIST;
                    default -> throw new UsageException("jmlir-opt: for the --" + name + " option: Cannot find option named '"
                            + value + "'!");
                };
                case "mlir-print-ir-before" -> o.passes.printBefore.addAll(passNames(name, value, registry));
                case "mlir-print-ir-after" -> o.passes.printAfter.addAll(passNames(name, value, registry));
                case "mlir-print-ir-before-all" -> o.passes.printBeforeAll = flag(name, value);
                case "mlir-print-ir-after-all" -> o.passes.printAfterAll = flag(name, value);
                case "mlir-print-ir-after-change" -> o.passes.printAfterChange = flag(name, value);
                case "mlir-print-ir-after-failure" -> o.passes.printAfterFailure = flag(name, value);
                case "mlir-print-ir-module-scope" -> o.passes.printModuleScope = flag(name, value);
                case "no-implicit-module" -> o.noImplicitModule = flag(name, value);
                case "trace" -> o.traceFile = requireValue(name, value);
                case "trace-spans" -> o.traceSpans = java.util.Set.of(requireValue(name, value).split(","));
                case "jfr" -> o.jfrFile = requireValue(name, value);
                case "show-dialects" -> o.showDialects = true;
                case "version" -> o.version = true;
                case "help", "h" -> o.help = true;
                default -> {
                    if (!registry.contains(name)) {
                        throw new UsageException("jmlir-opt: Unknown command line argument '" + arg
                                + "'.  Try: 'jmlir-opt --help'");
                    }
                    o.passes.steps.add(new PassOptions.Step(name, value));
                }
            }
        }
        return o;
    }

    /** Whether {@code text} is one op name wrapping a pipeline, {@code builtin.module(...)}. */
    private static boolean isWrappedPipeline(String text, jmlir.pass.PassRegistry registry) {
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")")) return false;
        int comma = text.indexOf(',');
        return (comma < 0 || comma > open) && !registry.contains(text.substring(0, open).strip());
    }

    /** The registered pass names of a comma-separated list ({@code --mlir-print-ir-after=cse,canonicalize}). */
    private static java.util.List<String> passNames(String name, String value, jmlir.pass.PassRegistry registry)
            throws UsageException {
        java.util.List<String> names = java.util.List.of(requireValue(name, value).split(","));
        for (String pass : names) {
            if (!registry.contains(pass)) {
                throw new UsageException("jmlir-opt: for the --" + name + " option: Cannot find option named '" + pass
                        + "'!");
            }
        }
        return names;
    }

    private static boolean flag(String name, String value) throws UsageException {
        if (value == null || value.equals("true") || value.equals("1") || value.equals("TRUE")) return true;
        if (value.equals("false") || value.equals("0") || value.equals("FALSE")) return false;
        throw new UsageException("jmlir-opt: for the --" + name + " option: '" + value
                + "' is invalid value for boolean argument! Try 0 or 1");
    }

    private static String requireValue(String name, String value) throws UsageException {
        if (value == null) throw new UsageException("jmlir-opt: for the --" + name + " option: requires a value!");
        return value;
    }

    private static long number(String name, String value) throws UsageException {
        try {
            return Long.parseLong(requireValue(name, value));
        } catch (NumberFormatException e) {
            throw new UsageException("jmlir-opt: for the --" + name + " option: '" + value
                    + "' value invalid for integer argument!");
        }
    }

    static final String HELP = """
            OVERVIEW: jmlir modular optimizer driver

            USAGE: jmlir-opt [options] <input file>

            OPTIONS:
              --allow-unregistered-dialect                    - Allow operation with no registered dialects
              --dump-pass-pipeline                            - Print the pipeline that will be run
              --list-passes                                   - Print the list of registered passes and exit
              --mlir-disable-threading                        - Disable multi-threading within MLIR, overrides any further call to MLIRContext::enableMultiThreading()
              --mlir-elide-elementsattrs-if-larger=<uint>     - Elide ElementsAttrs with "..." that have more elements than the given upper limit
              --mlir-elide-resource-strings-if-larger=<uint>  - Elide printing value of resources if string is too long in chars.
              --mlir-pass-statistics                          - Display the statistics of each pass
              --mlir-pass-statistics-display=<value>          - Display method for pass statistics
                =list                                         -   display the results in a merged list sorted by pass name
                =pipeline                                     -   display the results with a nested pipeline view
              --mlir-pretty-debuginfo                         - Print pretty debug info in MLIR output
              --mlir-print-debuginfo                          - Print debug info in MLIR output
              --mlir-print-elementsattrs-with-hex-if-larger=<long> - Print DenseElementsAttrs with a hex string that have more elements than the given upper limit (use -1 to disable)
              --mlir-print-ir-after=<pass-arg>                - Print IR after specified passes
              --mlir-print-ir-after-all                       - Print IR after each pass
              --mlir-print-ir-after-change                    - When printing the IR after a pass, only print if the IR changed
              --mlir-print-ir-after-failure                   - When printing the IR after a pass, only print if the pass failed
              --mlir-print-ir-before=<pass-arg>               - Print IR before specified passes
              --mlir-print-ir-before-all                      - Print IR before each pass
              --mlir-print-ir-module-scope                    - When printing IR for print-ir-[before|after]{-all} always print the top-level operation
              --mlir-print-local-scope                        - Print with local scope and inline information (eliding aliases for attributes, types, and locations)
              --mlir-print-op-generic                         - Print the generic op form
              --mlir-print-skip-regions                       - Skip regions when printing ops.
              --mlir-print-unique-ssa-ids                     - Print unique SSA ID numbers for values, block arguments and naming conflicts across all regions
              --mlir-timing                                   - Display execution times
              --mlir-timing-display=<value>                   - Display method for timing data
                =list                                         -   display the results in a list sorted by total time
                =tree                                         -   display the results ina with a nested tree view
              --irdl-file=<filename>                          - IRDL file to register before processing the input
              --no-implicit-module                            - Disable implicit addition of a top-level module op during parsing
              -o <filename>                                   - Output filename
              -p <pass,...>                                   - Passes to run, comma-separated, with options in {...} (xDSL's short form)
              --pass-pipeline=<string>                        - Textual description of the pass pipeline to run
              --show-dialects                                 - Print the list of registered dialects and exit
              --trace=<file>                                  - Write a Chrome trace-event JSON of the run's phases (open it in Perfetto)
              --trace-spans=<name,...>                        - Trace only these spans (parse, verify, passes, print)
              --jfr=<file>                                    - Record a JDK Flight Recorder profile of the run
              --split-input-file[=<string>]                   - Split the input file into pieces and process each chunk independently
              --verify-diagnostics                            - Check that emitted diagnostics match expected-* lines on the corresponding line
              --verify-each                                   - Run the verifier after each transformation pass
              --version                                       - Display the version of this program
            """;
}
