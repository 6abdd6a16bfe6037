package jmlir.pass;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pipelines read and printed as mlir-opt 22 does (the expected texts are mlir-opt's). */
class PassPipelineParserTest {
    private final PassRegistry registry = TestPasses.registry();

    private OpPassManager parse(String text) throws PassPipelineException {
        return PassPipelineParser.parse(text, registry);
    }

    @Test
    void dumpShowsNestingAndEveryOptionInNameOrder() throws PassPipelineException {
        OpPassManager pm = parse("builtin.module(func.func(cse),canonicalize{max-iterations=3 top-down=false})");
        assertThat(pm.dump()).isEqualTo("""
                Pass Manager with 2 passes:
                builtin.module(
                  func.func(
                    cse
                  ),
                  canonicalize{  max-iterations=3 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=false}
                )

                """);
    }

    @Test
    void textualFormReadsBackToTheSamePipeline() throws PassPipelineException {
        String text = parse(" builtin.module( func.func(cse) , any(canonicalize{top-down disable-patterns={a,b}}) )")
                .toTextualPipeline();
        assertThat(text).isEqualTo("builtin.module(func.func(cse),any(canonicalize{disable-patterns={a,b}  "
                + "max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true}))");
        assertThat(parse(text).toTextualPipeline()).isEqualTo(text);
    }

    @Test
    void emptyPipelineAndAdjacentNestsStayAsWritten() throws PassPipelineException {
        assertThat(parse("builtin.module()").dump()).isEqualTo("Pass Manager with 0 passes:\nbuiltin.module(\n\n)\n\n");
        assertThat(parse("builtin.module(func.func(cse),func.func(cse))").size()).isEqualTo(2);
    }

    @Test
    void structuralErrorsPointIntoThePipeline() {
        assertError("builtin.module(foo)", """
                MLIR Textual PassPipeline Parser:1:1: error: 'foo' does not refer to a registered pass or pass pipeline
                foo
                ^
                """);
        assertError("builtin.module(cse,)", """
                MLIR Textual PassPipeline Parser:1:5: error: '' does not refer to a registered pass or pass pipeline
                cse,
                    ^
                """);
        assertError("builtin.module(func.func(cse)", """
                MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline
                func.func(cse
                          ^
                """);
        assertError("builtin.module(cse))", """
                MLIR Textual PassPipeline Parser:1:4: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline
                cse)
                   ^
                """);
        assertError("builtin.module(cse{)", """
                MLIR Textual PassPipeline Parser:1:4: error: missing closing '}' while processing pass options
                cse{
                   ^
                """);
        assertError("cse", "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'");
    }

    @Test
    void optionErrorsNameThePassAndItsOptions() {
        assertError("builtin.module(cse{foo=1})",
                "<Pass-Options-Parser>: no such option foo\n\nfailed to add `cse` with options `foo=1`\n");
        assertThatThrownBy(() -> parse("builtin.module(canonicalize{max-iterations=x})"))
                .isInstanceOfSatisfying(PassPipelineException.class, e -> {
                    assertThat(e.commandLineError()).isEqualTo("for the --max-iterations option: 'x' value invalid for long argument!");
                    assertThat(e.diagnostic()).isEqualTo("\nfailed to add `canonicalize` with options `max-iterations=x`\n");
                });
        assertThatThrownBy(() -> parse("builtin.module(canonicalize{region-simplify=foo})"))
                .isInstanceOfSatisfying(PassPipelineException.class, e -> assertThat(e.commandLineError())
                        .isEqualTo("for the --region-simplify option: Cannot find option named 'foo'!"));
    }

    @Test
    void commandLinePassesNestImplicitlyInTheirOwnManagers() throws PassPipelineException {
        PassManager pm = new PassManager("builtin.module");
        pm.addPass(new AnchoredPass());
        pm.addPass(PassPipelineParser.createPass("cse", null, registry));
        pm.addPass(new AnchoredPass());
        assertThat(pm.toTextualPipeline()).isEqualTo("builtin.module(func.func(anchored),cse,func.func(anchored))");
    }

    private void assertError(String pipeline, String diagnostic) {
        assertThatThrownBy(() -> parse(pipeline)).isInstanceOfSatisfying(PassPipelineException.class,
                e -> assertThat(e.diagnostic()).isEqualTo(diagnostic));
    }

    private static final class AnchoredPass extends Pass {
        @Override
        public String argument() {
            return "anchored";
        }

        @Override
        public String description() {
            return "runs on functions";
        }

        @Override
        public String anchor() {
            return "func.func";
        }

        @Override
        public void run(jmlir.ir.Operation op, PassContext context) {
        }
    }
}
