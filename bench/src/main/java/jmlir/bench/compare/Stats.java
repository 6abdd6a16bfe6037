package jmlir.bench.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Statistics of repeated runs, and the parsing of what a measured process reports. */
public final class Stats {
    private Stats() {
    }

    /** The median (the mean of the two middle values for an even count); NaN when empty. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The geometric mean of positive values; NaN when there are none. */
    public static double geomean(List<Double> values) {
        double logSum = 0;
        int n = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                logSum += Math.log(v);
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }

    /** What GNU time's {@code -f "%e %U %S %M"} reports: seconds and kilobytes. */
    public record TimeReport(double elapsedS, double userS, double systemS, long maxRssKb) {
        public double cpuMs() {
            return (userS + systemS) * 1000;
        }
    }

    /** The format given to {@code /usr/bin/time -f}; {@link #parseTime} reads its output. */
    public static final String TIME_FORMAT = "%e %U %S %M";

    private static final Pattern TIME_LINE = Pattern.compile("^\\s*([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)\\s*$");

    /**
     * Parses the file {@code /usr/bin/time -f TIME_FORMAT -o FILE} writes. GNU time puts a line
     * such as "Command exited with non-zero status 1" before the numbers when the command fails;
     * the numbers are on the last line that has them.
     */
    public static Optional<TimeReport> parseTime(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher m = TIME_LINE.matcher(lines[i]);
            if (m.matches()) {
                return Optional.of(new TimeReport(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Long.parseLong(m.group(4))));
            }
        }
        return Optional.empty();
    }

    private static final Pattern VM_HWM = Pattern.compile("(?m)^VmHWM:\\s*([0-9]+) kB");

    /** The peak resident set size in {@code /proc/PID/status} (VmHWM), in kB. */
    public static Optional<Long> parseVmHwm(String status) {
        Matcher m = VM_HWM.matcher(status);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static final Pattern GEN_SUMMARY = Pattern.compile("([0-9]+) ops, ([0-9]+) bytes");

    /** gen.py's summary on stderr, {@code "N ops, B bytes"}: the op count. */
    public static Optional<Long> parseGenOps(String stderr) {
        Matcher m = GEN_SUMMARY.matcher(stderr);
        Long ops = null;
        while (m.find()) ops = Long.parseLong(m.group(1));
        return Optional.ofNullable(ops);
    }
}
