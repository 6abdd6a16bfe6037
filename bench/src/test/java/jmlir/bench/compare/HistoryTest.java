package jmlir.bench.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistoryTest {
    static Outcome ok(String input, String action, String tool, List<Double> wall, long rss, Boolean same) {
        return new Outcome(input, "constant_folding", 100, "generic", 6000, 104, action, tool, Outcome.OK, null,
                wall, 300.0, rss, same);
    }

    static RunRecord run(String commit, boolean quick, List<Outcome> outcomes) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("commit", commit);
        meta.put("dirty", false);
        meta.put("timestamp", "2026-01-01T00:00:00Z");
        meta.put("cpus", 2L);
        meta.put("load_start", List.of(0.5, 0.4, 0.3));
        meta.put("quick", quick);
        return new RunRecord(meta, outcomes);
    }

    @Test
    void appendsAndReadsRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/history.jsonl");
        RunRecord first = run("0123456789abcdef", true, List.of(
                ok("cf_100.generic", "parse-print", "mlir-opt", List.of(10.0, 12.0, 11.0), 100_000, null),
                ok("cf_100.generic", "parse-print", "jmlir", List.of(40.0, 44.0, 42.0), 50_000, false),
                new Outcome("cf_100.pretty", "constant_folding", 100, "pretty", 3600, 104, "parse-print", "jmlir",
                        Outcome.UNSUPPORTED, "f.mlir:2:8: error: Dialect `arith' not found", List.of(), Double.NaN,
                        -1, null)));
        History.append(file, first);
        History.append(file, run("fedcba9876543210", false, List.of()));
        Files.writeString(file, "{not json\n", StandardOpenOption.APPEND);

        List<RunRecord> runs = History.read(file);
        assertThat(runs).hasSize(2);
        RunRecord back = runs.getFirst();
        assertThat(back.commit()).isEqualTo("0123456789abcdef");
        assertThat(back.quick()).isTrue();
        assertThat(back.label()).isEqualTo("01234567 q");
        assertThat(back.outcomes()).hasSize(3);

        Outcome jmlir = back.find("cf_100.generic", "parse-print", "jmlir");
        assertThat(jmlir.ok()).isTrue();
        assertThat(jmlir.wallMs()).containsExactly(40.0, 44.0, 42.0);
        assertThat(jmlir.medianMs()).isEqualTo(42.0);
        assertThat(jmlir.minMs()).isEqualTo(40.0);
        assertThat(jmlir.maxMs()).isEqualTo(44.0);
        assertThat(jmlir.rssKb()).isEqualTo(50_000);
        assertThat(jmlir.cpuMs()).isEqualTo(300.0);
        assertThat(jmlir.same()).isFalse();

        Outcome unsupported = back.find("cf_100.pretty", "parse-print", "jmlir");
        assertThat(unsupported.ok()).isFalse();
        assertThat(unsupported.status()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(unsupported.reason()).contains("Dialect `arith' not found");
        assertThat(unsupported.rssKb()).isEqualTo(-1);

        Map<String, Double> ratios = back.ratios("jmlir", "mlir-opt");
        assertThat(ratios).containsOnlyKeys("cf_100.generic\tparse-print");
        assertThat(ratios.get("cf_100.generic\tparse-print")).isCloseTo(42.0 / 11.0, within(1e-12));
        assertThat(runs.get(1).outcomes()).isEmpty();
    }

    @Test
    void readingAMissingFileGivesNoRuns(@TempDir Path dir) throws IOException {
        assertThat(History.read(dir.resolve("none.jsonl"))).isEmpty();
    }

    @Test
    void reportNamesRatiosReasonsAndBusyMachines() {
        RunRecord r = run("0123456789abcdef", true, List.of(
                ok("cf_100.generic", "parse-print", "mlir-opt", List.of(10.0), 100_000, null),
                ok("cf_100.generic", "parse-print", "jmlir", List.of(20.0), 50_000, true),
                new Outcome("cf_100.pretty", "constant_folding", 100, "pretty", 3600, 104, "parse-print", "jmlir",
                        Outcome.UNSUPPORTED, "/tmp/x.mlir:2:8: error: Dialect `arith' not found", List.of(),
                        Double.NaN, -1, null)));
        String md = Report.markdown(r);
        assertThat(md).contains("| cf_100.generic | 6.0 kB | 104 | parse+print | 10.0 | 20.0 | 2.00× | 98 / 49 | yes |");
        assertThat(md).contains("| constant_folding | parse+print | 2 | 1 | 2.00× |");
        assertThat(md).contains("jmlir: unsupported: Dialect `arith' not found (1 input/action pair)");
        assertThat(Report.busy(r)).isFalse();
        r.meta().put("load_start", List.of(3.9, 3.0, 2.0));
        assertThat(Report.busy(r)).isTrue();
    }
}
