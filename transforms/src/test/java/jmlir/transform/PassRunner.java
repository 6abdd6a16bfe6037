package jmlir.transform;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Diagnostic;
import jmlir.ir.Operation;
import jmlir.pass.PassManager;
import jmlir.pass.PassPipelineParser;
import jmlir.pass.PassRegistry;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** Runs a pipeline of the shipped passes on a module read from text and prints the result, for tests. */
final class PassRunner {
    private PassRunner() {
    }

    /** The printed module after {@code pipeline} ({@code builtin.module(canonicalize)}) ran on it. */
    static String run(String pipeline, String input) throws Exception {
        return run(pipeline, "input.mlir", input, new PrintOptions());
    }

    /** Like {@link #run(String, String)} for input read from {@code fileName}, printing with {@code options}. */
    static String run(String pipeline, String fileName, String input, PrintOptions options) throws Exception {
        PassRegistry registry = Transforms.registerAll(new PassRegistry());
        PassManager pm = PassManager.of(PassPipelineParser.parse(pipeline, registry));
        Context context = Dialects.registerAll(new Context());
        context.setAllowUnregisteredDialects(true);
        ResourceTable resources = new ResourceTable();
        Operation module = new Parser(context, SourceFile.of(fileName, input), resources).parseTopLevel();
        List<Diagnostic> reported = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        if (!pm.run(module, context, reported::add, printed)) throw new AssertionError("pipeline failed: " + reported);
        return OpPrinter.print(module, options, resources) + "\n";
    }
}
