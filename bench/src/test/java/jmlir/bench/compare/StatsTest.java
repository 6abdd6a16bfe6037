package jmlir.bench.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of(7.0))).isEqualTo(7.0);
        assertThat(Stats.median(List.of())).isNaN();
    }

    @Test
    void minMaxAndGeomean() {
        assertThat(Stats.min(List.of(3.0, 1.0, 2.0))).isEqualTo(1.0);
        assertThat(Stats.max(List.of(3.0, 1.0, 2.0))).isEqualTo(3.0);
        assertThat(Stats.geomean(List.of(2.0, 8.0))).isCloseTo(4.0, within(1e-12));
        assertThat(Stats.geomean(List.of(0.5, 2.0))).isCloseTo(1.0, within(1e-12));
        assertThat(Stats.geomean(List.of())).isNaN();
    }

    @Test
    void parsesGnuTimeOutput() {
        Stats.TimeReport t = Stats.parseTime("0.25 0.31 0.04 51236\n").orElseThrow();
        assertThat(t.elapsedS()).isEqualTo(0.25);
        assertThat(t.cpuMs()).isCloseTo(350.0, within(1e-9));
        assertThat(t.maxRssKb()).isEqualTo(51236);
    }

    @Test
    void parsesGnuTimeOutputOfAFailedCommand() {
        String text = "Command exited with non-zero status 1\n1.02 0.90 0.10 104380\n";
        assertThat(Stats.parseTime(text).orElseThrow().maxRssKb()).isEqualTo(104380);
        assertThat(Stats.parseTime("Command terminated by signal 9\n")).isEmpty();
        assertThat(Stats.parseTime("")).isEmpty();
    }

    @Test
    void parsesProcStatusPeak() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t   51200 kB\nVmRSS:\t   50000 kB\n";
        assertThat(Stats.parseVmHwm(status)).contains(51200L);
        assertThat(Stats.parseVmHwm("Name:\tx\n")).isEmpty();
    }

    @Test
    void parsesGenPySummary() {
        assertThat(Stats.parseGenOps("1004 ops, 37298 bytes\n")).contains(1004L);
        assertThat(Stats.parseGenOps("Traceback ...")).isEmpty();
    }
}
