package jmlir.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a command as a whole process and measures it: wall-clock time from start to exit (taken
 * here), CPU time and peak RSS from GNU time ({@code /usr/bin/time -f ... -o FILE}) when it is
 * installed, else the peak RSS from {@code /proc/PID/status} (VmHWM) sampled while it runs.
 * Standard input is empty, standard output is discarded, standard error is kept to report why a
 * run failed.
 */
public final class Measure {
    /** One run. {@code reason} is null for a successful run. */
    public record Sample(boolean ok, boolean timedOut, double wallMs, double cpuMs, long rssKb, String reason) {
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path scratch;
    private final Duration timeout;
    private final boolean gnuTime;

    public Measure(Path scratch, Duration timeout) throws IOException {
        this.scratch = Files.createDirectories(scratch);
        this.timeout = timeout;
        this.gnuTime = Files.isExecutable(GNU_TIME);
    }

    /** Whether CPU time is measured (GNU time is installed). */
    public boolean hasCpuTime() {
        return gnuTime;
    }

    public Sample run(List<String> command) throws IOException, InterruptedException {
        Path timeFile = scratch.resolve("time.txt");
        Path errFile = scratch.resolve("stderr.txt");
        Files.deleteIfExists(timeFile);
        List<String> cmd = new ArrayList<>();
        if (gnuTime) {
            cmd.addAll(List.of(GNU_TIME.toString(), "-f", Stats.TIME_FORMAT, "-o", timeFile.toString()));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        AtomicLong procPeak = new AtomicLong(-1);
        Thread sampler = gnuTime ? null : Thread.ofVirtual().start(() -> samplePeak(p, procPeak));
        boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long t1 = System.nanoTime();
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            return new Sample(false, true, Double.NaN, Double.NaN, -1, "timed out after " + timeout.toSeconds() + " s");
        }
        if (sampler != null) sampler.join();
        double wallMs = (t1 - t0) / 1e6;
        double cpuMs = Double.NaN;
        long rss = procPeak.get();
        if (gnuTime && Files.exists(timeFile)) {
            Optional<Stats.TimeReport> t = Stats.parseTime(Files.readString(timeFile, StandardCharsets.UTF_8));
            if (t.isPresent()) {
                cpuMs = t.get().cpuMs();
                rss = t.get().maxRssKb();
            }
        }
        if (p.exitValue() != 0) {
            return new Sample(false, false, wallMs, cpuMs, rss, firstLine(errFile, p.exitValue()));
        }
        return new Sample(true, false, wallMs, cpuMs, rss, null);
    }

    private static void samplePeak(Process p, AtomicLong peak) {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (p.isAlive()) {
            try {
                Stats.parseVmHwm(Files.readString(status)).ifPresent(v -> peak.accumulateAndGet(v, Math::max));
                Thread.sleep(2);
            } catch (IOException | java.io.UncheckedIOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The first line of the tool's error output that says something, else the exit code. */
    static String firstLine(Path errFile, int exitCode) throws IOException {
        String text = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.ISO_8859_1) : "";
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("WARNING:")) continue;
            return l.length() > 240 ? l.substring(0, 240) + "..." : l;
        }
        return "exit code " + exitCode;
    }
}
