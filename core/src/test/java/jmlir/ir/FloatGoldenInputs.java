package jmlir.ir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the inputs of the float golden tests (see src/test/resources/float/README.md). Each
 * line is one op whose attributes a0000, a0001, ... hold float literals of one kind; mlir-opt
 * sorts attributes by name, so the names keep the order.
 *
 * <p>Usage: {@code FloatGoldenInputs <directory>} writes literals.mlir and random.mlir there.
 */
public final class FloatGoldenInputs {
    private static final int PER_LINE = 16;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.writeString(dir.resolve("literals.mlir"), literals());
        Files.writeString(dir.resolve("random.mlir"), random(20240601L));
    }

    // ---------------------------------------------------------------- hand-picked values

    private static final String[] DECIMALS = {
        "0.0", "1.0", "0.1", "0.2", "0.3", "0.5", "0.7", "1.1", "1.5", "2.5", "3.0", "5.0", "6.0",
        "7.5", "7.75", "28.0", "30.0", "100.0", "240.0", "248.0", "448.0", "464.0", "465.0",
        "480.0", "57344.0", "61440.0", "65504.0", "65519.0", "65520.0", "1000000.0", "1.0e6",
        "1.0e7", "16777216.0", "16777217.0", "123456789.0", "1.0e16", "1.0e17", "1.0e22", "1.0e23",
        "1.0e30", "3.0e38", "1.7e38", "2.5e38", "3.4028234663852886e38", "3.4028235677973366e38",
        "1.0e300", "8.98846567431158e307", "1.7976931348623157e308", "1.0e400",
        "0.3333333333333333", "0.30000000000000004", "3.141592653589793", "2.718281828459045",
        "3.141592", "1.0000001", "0.999999", "9.999999e-01", "1234.5678", "0.000123456789",
        "299792.5", "2997925.0", "123456.5", "1234567.0", "12345678.0", "99999.95", "999999.5",
        "9999995.0", "0.1234567890123456789", "9007199254740993.0", "4503599627370497.5",
        "1.00000000000000011102230246251565404236316680908203125", "0.1e1", "1.e5", "1.",
        "0.25", "0.75", "0.125", "0.0625", "0.015625", "0.001953125", "1.0e-3", "1.0e-5",
        "2.0e-5", "1.0e-7", "6.103515625e-05", "5.960464477539063e-08", "2.9802322387695312e-08",
        "2.980232238769532e-08", "1.1754943508222875e-38", "5.877471754111438e-39",
        "2.938735877055719e-39", "8.0e-39", "1.401298464324817e-45", "7.006492321624085e-46",
        "1.0e-30", "1.2345678901234567e-300", "1.0e-300", "2.2250738585072014e-308", "1.0e-310",
        "4.9e-324", "1.0e-400",
    };

    private static String literals() {
        StringBuilder out = new StringBuilder();
        for (FloatKind kind : FloatKind.values()) {
            List<String> values = new ArrayList<>();
            for (String d : DECIMALS) {
                values.add(d);
                values.add("-" + d);
            }
            values.addAll(thresholds(kind));
            values.addAll(hexPatterns(kind));
            appendOps(out, "t.lit", kind, values);
            // Dense elements hold bit patterns, which differs for f8E8M0FNU's sign and f4/f6 infinities.
            appendDense(out, kind, List.of("1.0", "-1.0", "0.1", "-0.0", "1.0e400", "-1.0e400", "-0.1", "3.0e38"));
        }
        return out.toString();
    }

    /** Values at and around the kind's overflow, normal and subnormal limits and their midpoints. */
    private static List<String> thresholds(FloatKind kind) {
        if (kind.width() > 64) return List.of();
        List<Double> values = new ArrayList<>();
        double largest = 0, smallest = Double.MAX_VALUE;
        if (kind.width() <= 8) {
            for (long bits = 0; bits < 1L << kind.width(); bits++) {
                FloatValue v = FloatValue.fromBits(kind, bits);
                if (v.isFinite() && !v.isZero() && !v.isNegative()) {
                    largest = Math.max(largest, v.toDouble());
                    smallest = Math.min(smallest, v.toDouble());
                }
            }
        } else {
            long expMask = (1L << kind.exponentBits()) - 1;
            long maxBits = (expMask - 1) << kind.fractionBits() | ((1L << kind.fractionBits()) - 1);
            largest = FloatValue.fromBits(kind, maxBits).toDouble();
            smallest = FloatValue.fromBits(kind, 1).toDouble();
        }
        double minNormal = Math.scalb(1.0, kind.minExponent());
        double ulpAtMax = Math.scalb(1.0, kind.maxExponent() - kind.precision() + 1);
        for (double x : new double[] {largest, smallest, minNormal}) {
            values.add(x);
            values.add(Math.nextUp(x));
            values.add(Math.nextDown(x));
        }
        double[] ties = {largest + ulpAtMax / 2, largest + ulpAtMax, smallest / 2, smallest * 1.5,
            minNormal - smallest / 2, smallest * 0.75};
        for (double x : ties) {
            values.add(x);
            values.add(Math.nextUp(x));
            values.add(Math.nextDown(x));
        }
        List<String> out = new ArrayList<>();
        for (double x : values) {
            if (x > 0 && !Double.isInfinite(x)) {
                out.add(decimal(x));
                out.add("-" + decimal(x));
            }
        }
        return out;
    }

    /** Every pattern for kinds of at most 8 bits; sign/exponent/fraction corners otherwise. */
    private static List<String> hexPatterns(FloatKind kind) {
        Set<String> out = new LinkedHashSet<>();
        int width = kind.width();
        if (width <= 8) {
            for (long bits = 0; bits < 1L << width; bits++) out.add(hex(bits, 0));
            return new ArrayList<>(out);
        }
        if (kind == FloatKind.F16) {
            // The 6-digit form of these is truncated rather than rounded (APFloat's digit cut).
            for (long bits : new long[] {0xF, 0x62, 0x72, 0x76, 0x7A}) out.add(hex(bits, 0));
        }
        int fractionBits = kind.fractionBits();
        long expMask = (1L << kind.exponentBits()) - 1;
        long[] exponents = {0, 1, 2, kind.bias() - 1, kind.bias(), kind.bias() + 1, expMask - 1, expMask};
        if (kind == FloatKind.F128) {
            long[] fractions = {0, 1, 1L << 47, (1L << 48) - 1, 0x5555_5555_5555L};
            for (int sign = 0; sign < 2; sign++) {
                for (long e : exponents) {
                    for (long f : fractions) {
                        long hi = (long) sign << 63 | e << 48 | f;
                        out.add(hex(0, hi));
                        out.add(hex(1, hi));
                        out.add(hex(-1L, hi));
                    }
                }
            }
            return new ArrayList<>(out);
        }
        if (kind == FloatKind.F80) {
            long[] significands = {0, 1, Long.MIN_VALUE, Long.MIN_VALUE | 1, 0xC000_0000_0000_0000L,
                0x4000_0000_0000_0000L, -1L, Long.MAX_VALUE, 0xAAAA_AAAA_AAAA_AAAAL};
            for (int sign = 0; sign < 2; sign++) {
                for (long e : exponents) {
                    for (long s : significands) out.add(hex(s, (long) sign << 15 | e));
                }
            }
            return new ArrayList<>(out);
        }
        long fractionMask = (1L << fractionBits) - 1;
        long[] fractions = {0, 1, 2, 1L << (fractionBits - 1), fractionMask, fractionMask - 1,
            0x5555_5555_5555_5555L & fractionMask};
        for (long sign = 0; sign < 2; sign++) {
            for (long e : exponents) {
                for (long f : fractions) out.add(hex(sign << (width - 1) | e << fractionBits | f, 0));
            }
        }
        return new ArrayList<>(out);
    }

    // ---------------------------------------------------------------- random values

    private static String random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        for (FloatKind kind : FloatKind.values()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < 128; i++) values.add(randomDecimal(random, kind));
            for (int i = 0; i < 128; i++) {
                long lo = random.nextLong(), hi = random.nextLong();
                if (kind.width() < 64) values.add(hex(lo & ((1L << kind.width()) - 1), 0));
                else if (kind.width() == 64) values.add(hex(lo, 0));
                else if (kind == FloatKind.F80) values.add(hex(lo, hi & 0xFFFF));
                else values.add(hex(lo, hi));
            }
            appendOps(out, "t.rnd", kind, values);
        }
        return out.toString();
    }

    /** A decimal literal drawn from a mix of distributions suited to the kind's range. */
    private static String randomDecimal(SplittableRandom random, FloatKind kind) {
        String sign = random.nextBoolean() ? "-" : "";
        int maxExp = Math.min(kind.maxExponent(), 1023) + 1;
        int minExp = Math.max(kind.minExponent() - kind.precision() - 1, -1075);
        switch (random.nextInt(4)) {
            case 0: { // any double, shortest repr
                double d;
                do d = Double.longBitsToDouble(random.nextLong()); while (!Double.isFinite(d));
                return sign + decimal(Math.abs(d));
            }
            case 1: { // log-uniform over the kind's range (and a little past it), 17 digits
                double d = Math.scalb(1.0 + random.nextDouble(), random.nextInt(minExp - 2, maxExp + 2));
                return sign + roundedDecimal(d, 17);
            }
            case 2: { // a short decimal: few digits, moderate exponent
                double d = Math.scalb(1.0 + random.nextDouble(), random.nextInt(minExp, maxExp));
                return sign + roundedDecimal(d, 1 + random.nextInt(7));
            }
            default: { // a value of the kind itself, or the midpoint next to it
                FloatKind source = kind.width() > 64 ? FloatKind.F64 : kind;
                FloatValue v;
                do {
                    long mask = (1L << Math.min(source.width(), 63)) - 1;
                    v = FloatValue.fromBits(source, random.nextLong() & mask);
                } while (!v.isFinite() || v.isZero());
                double x = Math.abs(v.toDouble());
                if (random.nextBoolean()) x += Math.scalb(1.0, Math.getExponent(x) - kind.precision());
                return sign + decimal(x);
            }
        }
    }

    // ---------------------------------------------------------------- text helpers

    private static void appendOps(StringBuilder out, String name, FloatKind kind, List<String> values) {
        for (int start = 0; start < values.size(); start += PER_LINE) {
            out.append('"').append(name).append("\"() {");
            for (int i = start; i < Math.min(values.size(), start + PER_LINE); i++) {
                if (i > start) out.append(", ");
                out.append(String.format("a%04d = %s : %s", i - start, values.get(i), kind.keyword()));
            }
            out.append("} : () -> ()\n");
        }
    }

    private static void appendDense(StringBuilder out, FloatKind kind, List<String> values) {
        out.append("\"t.dense\"() {a0000 = dense<[").append(String.join(", ", values))
                .append("]> : tensor<").append(values.size()).append('x').append(kind.keyword())
                .append(">} : () -> ()\n");
    }

    /** The shortest decimal reading back as x, in MLIR float literal syntax. */
    private static String decimal(double x) {
        return Double.toString(x); // always has a '.'; exponent as E-5, which MLIR accepts
    }

    private static String roundedDecimal(double x, int digits) {
        String s = new BigDecimal(x).round(new MathContext(digits)).toString();
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (!mantissa.contains(".")) mantissa += ".0";
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }

    private static String hex(long lo, long hi) {
        if (hi == 0) return "0x" + Long.toHexString(lo).toUpperCase();
        return "0x" + Long.toHexString(hi).toUpperCase() + String.format("%016X", lo);
    }
}
