package jmlir.cli;

import jmlir.pass.IrPrinting;
import jmlir.pass.Pass;
import jmlir.pass.PassManager;
import jmlir.pass.PassOption;
import jmlir.pass.PassPipelineException;
import jmlir.pass.PassPipelineParser;
import jmlir.pass.PassRegistry;
import jmlir.pass.PassStatisticsReport;
import jmlir.pass.Timing;
import jmlir.transform.Transforms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pass-manager part of jmlir-opt's command line: the pipeline (from {@code --pass-pipeline},
 * or from pass flags and {@code -p} in command-line order), and the flags for threading,
 * verification, IR printing, timing and statistics.
 */
final class PassOptions {
    /**
     * One pipeline piece from the command line: a pass flag ({@code argument} with its options
     * text or null), or the elements of a {@code -p} list ({@code argument} null).
     */
    record Step(String argument, String text) {
    }

    PassRegistry registry;
    final List<Step> steps = new ArrayList<>();
    String pipeline;
    boolean dumpPipeline;
    boolean listPasses;
    boolean disableThreading;
    boolean timing;
    Timing.Display timingDisplay = Timing.Display.TREE;
    boolean statistics;
    PassStatisticsReport.Display statisticsDisplay = PassStatisticsReport.Display.PIPELINE;
    final Set<String> printBefore = new LinkedHashSet<>();
    final Set<String> printAfter = new LinkedHashSet<>();
    boolean printBeforeAll;
    boolean printAfterAll;
    boolean printAfterChange;
    boolean printAfterFailure;
    boolean printModuleScope;

    /** The passes jmlir ships. */
    static PassRegistry defaultRegistry() {
        return Transforms.registerAll(new PassRegistry());
    }

    /**
     * Builds a fresh pass manager for an input whose top-level op is named {@code topName}: the
     * {@code --pass-pipeline} as written, or the command-line passes on an implicitly nesting
     * manager on the top op.
     */
    PassManager build(String topName) throws PassPipelineException {
        if (pipeline != null && !steps.isEmpty()) {
            throw new PassPipelineException("'-pass-pipeline' option can't be used with individual pass options");
        }
        if (printModuleScope && !disableThreading) {
            throw new PassPipelineException("IR print for module scope can't be setup on a pass-manager without "
                    + "disabling multi-threading first.\n");
        }
        PassManager pm;
        if (pipeline != null) {
            pm = PassManager.of(PassPipelineParser.parse(pipeline, registry));
        } else {
            pm = new PassManager(topName);
            for (Step step : steps) {
                if (step.argument() == null) {
                    PassPipelineParser.parseInto(pm, step.text(), registry);
                } else {
                    String text = step.text() == null || step.text().isEmpty() ? null : step.text();
                    pm.addPass(PassPipelineParser.createPass(step.argument(), text, registry));
                }
            }
        }
        return pm.setThreading(!disableThreading);
    }

    IrPrinting.Config irPrinting() {
        return new IrPrinting.Config(Set.copyOf(printBefore), printBeforeAll, Set.copyOf(printAfter), printAfterAll,
                printAfterChange, printAfterFailure, printModuleScope);
    }

    /** {@code --list-passes}: each pass with its description, then its options, as mlir-opt lists them. */
    String listPasses() {
        List<String[]> rows = new ArrayList<>();
        for (String argument : registry.arguments()) {
            Pass pass = registry.create(argument);
            rows.add(new String[] {"  --" + argument, "-   " + pass.description()});
            for (PassOption<?> option : pass.optionsByName()) {
                String flag = "    --" + option.name() + (option.isFlag() ? "" : "=<" + option.typeName() + ">");
                rows.add(new String[] {flag, "- " + option.description()});
                for (String choice : option.choices()) rows.add(new String[] {"    =" + choice, "-   " + choice});
            }
        }
        int width = 0;
        for (String[] row : rows) width = Math.max(width, row[0].length());
        StringBuilder out = new StringBuilder("Passes:\n");
        for (String[] row : rows) {
            out.append(row[0]).repeat(' ', width + 2 - row[0].length()).append(row[1]).append('\n');
        }
        return out.toString();
    }
}
