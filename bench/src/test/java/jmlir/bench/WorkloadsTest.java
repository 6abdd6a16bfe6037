package jmlir.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadsTest {
    /** Every workload a benchmark names is one Workloads knows, and quick runs pick from them. */
    @Test
    void benchmarkWorkloadsAreKnown() throws NoSuchFieldException {
        for (Class<?> c : List.of(LexerBench.class, ParserBench.class, PrinterBench.class, VerifierBench.class,
                EndToEndBench.class)) {
            assertThat(c.getAnnotation(Needs.class)).as(c.getSimpleName()).isNotNull();
            String[] values = c.getField("workload").getAnnotation(Param.class).value();
            assertThat(Workloads.ALL).as(c.getSimpleName()).contains(values);
        }
        assertThat(Workloads.ALL).containsAll(Workloads.QUICK);
    }

    @Test
    void emptyModuleNeedsNoFiles() {
        assertThat(new String(Workloads.bytes("empty_module"))).isEqualTo("module {\n}\n");
        assertThat(Stage.PARSE.check("empty_module")).isNull();
        assertThat(Stage.VERIFY.check("empty_module")).isNull();
    }
}
