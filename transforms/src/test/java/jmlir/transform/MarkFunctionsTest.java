package jmlir.transform;

import jmlir.dialect.Dialects;
import jmlir.ir.Context;
import jmlir.ir.Operation;
import jmlir.pass.PassManager;
import jmlir.pass.PassPipelineException;
import jmlir.pass.PassPipelineParser;
import jmlir.pass.PassRegistry;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's example: a pass written in Java, registered by name, run from a textual pipeline. */
class MarkFunctionsTest {
    private static final String INPUT = """
            func.func @f() {
              return
            }
            func.func private @g()
            """;

    private final PassRegistry registry = Transforms.registerAll(new PassRegistry()).register(MarkFunctions::new);

    private String run(PassManager pm) {
        Context context = Dialects.registerAll(new Context());
        Operation module = new Parser(context, SourceFile.of("input.mlir", INPUT), new ResourceTable()).parseTopLevel();
        List<String> diagnostics = new ArrayList<>();
        assertThat(pm.run(module, context, d -> diagnostics.add(d.message()), new StringBuilder())).isTrue();
        assertThat(diagnostics).isEmpty();
        return OpPrinter.print(module, new PrintOptions());
    }

    @Test
    void optionsComeFromThePipelineText() throws PassPipelineException {
        PassManager pm = PassManager.of(PassPipelineParser.parse(
                "builtin.module(func.func(mark-functions{label=cold}))", registry));
        // mlir-opt prints this text back unchanged.
        assertThat(run(pm)).isEqualTo("""
                module {
                  func.func @f() attributes {toy.label = "cold"} {
                    return
                  }
                  func.func private @g() attributes {toy.label = "cold"}
                }
                """);
        assertThat(pm.toTextualPipeline()).isEqualTo("builtin.module(func.func(mark-functions{label=cold}))");
    }

    @Test
    void aPassAddedToAModuleManagerIsNestedOnFunctions() throws PassPipelineException {
        PassManager pm = new PassManager("builtin.module");
        pm.addPass(PassPipelineParser.createPass("mark-functions", null, registry));
        assertThat(pm.toTextualPipeline()).isEqualTo("builtin.module(func.func(mark-functions{label=hot}))");
        assertThat(run(pm)).contains("func.func @f() attributes {toy.label = \"hot\"} {");
    }

    @Test
    void aPassForFunctionsCannotBeWrittenDirectlyInAModulePipeline() {
        // mlir-opt's message for such a pass (one of its own in place of this one).
        assertThatThrownBy(() -> PassPipelineParser.parse("builtin.module(mark-functions)", registry))
                .isInstanceOfSatisfying(PassPipelineException.class, e -> assertThat(e.diagnostic()).isEqualTo(
                        "Can't add pass 'mark-functions' restricted to 'func.func' on a PassManager intended to run on "
                                + "'builtin.module', did you intend to nest?\nfailed to add `mark-functions` with options ``\n"));
    }

    @Test
    void unknownOptionsAreRejected() {
        assertThatThrownBy(() -> PassPipelineParser.parse("builtin.module(func.func(mark-functions{colour=red}))",
                registry)).isInstanceOf(PassPipelineException.class)
                .hasMessageContaining("<Pass-Options-Parser>: no such option colour");
    }
}
