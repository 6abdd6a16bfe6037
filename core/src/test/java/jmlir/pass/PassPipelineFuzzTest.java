package jmlir.pass;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed pipelines are rejected with a message, never with another exception. */
class PassPipelineFuzzTest {
    private static final String[] PIECES = {"builtin.module", "func.func", "any", "cse", "canonicalize", "(", ")", "{",
            "}", ",", " ", "=", "top-down", "max-iterations", "3", "x", "disable-patterns", "\"", "'", "\n", ""};

    @Test
    void randomPipelinesParseOrFailWithAMessage() {
        PassRegistry registry = TestPasses.registry();
        Random random = new Random(42);
        int parsed = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "builtin.module(" : "");
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) text.append(')');
            try {
                OpPassManager pm = PassPipelineParser.parse(text.toString(), registry);
                // What parses prints back to text that parses to the same pipeline.
                assertThat(PassPipelineParser.parse(pm.toTextualPipeline(), registry).toTextualPipeline())
                        .isEqualTo(pm.toTextualPipeline());
                parsed++;
            } catch (PassPipelineException e) {
                assertThat(e.diagnostic()).isNotNull();
            }
        }
        assertThat(parsed).isPositive();
    }
}
