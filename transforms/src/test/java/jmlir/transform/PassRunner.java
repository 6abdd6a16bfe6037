package jmlir.transform;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.pass.Pass;
import jmlir.pass.PassContext;
import jmlir.pass.PassOption;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** Runs one pass on a module read from text and prints the result, for tests. */
final class PassRunner {
    private PassRunner() {
    }

    /** The printed module after {@code pass} ran on it with the options {@code name=value ...}. */
    static String run(Pass pass, String options, String input) {
        setOptions(pass, options);
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        ResourceTable resources = new ResourceTable();
        Operation module = new Parser(context, SourceFile.of("input.mlir", input), resources).parseTopLevel();
        List<Diagnostic> reported = new ArrayList<>();
        boolean[] failed = {false};
        pass.run(module, new PassContext() {
            @Override
            public Context context() {
                return context;
            }

            @Override
            public void signalFailure() {
                failed[0] = true;
            }

            @Override
            public void report(Diagnostic diagnostic) {
                reported.add(diagnostic);
            }
        });
        if (failed[0]) throw new AssertionError("pass failed: " + reported);
        return OpPrinter.print(module, new PrintOptions(), resources) + "\n";
    }

    private static void setOptions(Pass pass, String options) {
        for (String setting : options.trim().split("\\s+")) {
            if (setting.isEmpty()) continue;
            int eq = setting.indexOf('=');
            String name = setting.substring(0, eq);
            PassOption<?> option = pass.options().stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option " + name));
            option.parse(setting.substring(eq + 1));
        }
    }
}
