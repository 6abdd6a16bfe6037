package jmlir.bench.compare;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTest {
    @Test
    void parsesGenPyListing() {
        Map<String, List<Long>> sizes = Inputs.parseSizes("empty 0\nconstant_folding 100 1000 10000 100000\n"
                + "dense 100 1000 3000\n\n");
        assertThat(sizes).containsOnlyKeys("empty", "constant_folding", "dense");
        assertThat(sizes.get("constant_folding")).containsExactly(100L, 1000L, 10000L, 100000L);
        Map<String, List<Long>> quick = Inputs.quickSizes(sizes);
        assertThat(quick.get("empty")).containsExactly(0L);
        assertThat(quick.get("dense")).containsExactly(100L, 1000L);
    }

    @Test
    void parsesTheCorpusIndex() {
        String tsv = "path\tbytes\tops\tcore_only\tsplit\n"
                + "a/x.mlir\t496\t6\tyes\tno\n"
                + "b/y.mlir\t41582\t261\tyes\tyes\n";
        List<Inputs.IndexEntry> index = Inputs.parseIndex(tsv);
        assertThat(index).containsExactly(new Inputs.IndexEntry("a/x.mlir", 496, 6, false),
                new Inputs.IndexEntry("b/y.mlir", 41582, 261, true));
    }

    @Test
    void shortNamesOfCorpusFiles() {
        Input derived = new Input("real/_derived-opt22/buddy-compiler+buddy-mlir/examples/X/s.generic.mlir", "real", 0,
                "generic", Path.of("/s/_derived-opt22/buddy-compiler+buddy-mlir/examples/X/s.generic.mlir"), 1, 1, false);
        assertThat(derived.shortName()).isEqualTo("buddy-mlir/s.generic.mlir");
        Input plain = new Input("real/plaidml+tpp-mlir/benchmarks/mlir/p.mlir", "real", 0, "pretty",
                Path.of("/s/plaidml+tpp-mlir/benchmarks/mlir/p.mlir"), 1, 1, false);
        assertThat(plain.shortName()).isEqualTo("tpp-mlir/p.mlir");
    }
}
