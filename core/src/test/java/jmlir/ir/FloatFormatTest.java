package jmlir.ir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    private static String apfloat(FloatValue v, int precision, int padding, boolean truncateZero) {
        StringBuilder out = new StringBuilder();
        FloatFormat.appendAPFloat(v, precision, padding, truncateZero, out);
        return out.toString();
    }

    private static FloatValue f64(double d) {
        return FloatValue.fromDouble(FloatKind.F64, d);
    }

    @Test
    void apfloatToString() {
        assertThat(apfloat(f64(1.5), 6, 0, false)).isEqualTo("1.500000e+00");
        assertThat(apfloat(f64(1.5), 0, 3, true)).isEqualTo("1.5");
        assertThat(apfloat(f64(1e10), 0, 3, true)).isEqualTo("1.0E+10");
        assertThat(apfloat(f64(1234.0), 0, 3, true)).isEqualTo("1234");
        assertThat(apfloat(f64(0.001), 0, 3, true)).isEqualTo("0.001");
        assertThat(apfloat(f64(0.0001), 0, 3, true)).isEqualTo("1.0E-4");
        assertThat(apfloat(f64(0.0123), 0, 3, true)).isEqualTo("0.0123");
        assertThat(apfloat(f64(0.0), 0, 3, true)).isEqualTo("0");
        assertThat(apfloat(f64(-0.0), 6, 0, false)).isEqualTo("-0.000000e+00");
        assertThat(apfloat(f64(0.0), 6, 0, true)).isEqualTo("0.0E+0");
        assertThat(apfloat(f64(Double.NEGATIVE_INFINITY), 0, 3, true)).isEqualTo("-Inf");
        assertThat(apfloat(f64(Double.NaN), 0, 3, true)).isEqualTo("NaN");
        // APFloat first divides by a power of ten estimated from the bit count; when that leaves
        // exactly 6 digits the rest is truncated, not rounded (9.99999949999... here).
        assertThat(apfloat(f64(9.9999995), 6, 0, false)).isEqualTo("9.999990e+00");
        assertThat(apfloat(FloatValue.fromBits(FloatKind.F16, 0xF), 6, 0, false)).isEqualTo("8.940690e-07");
        assertThat(apfloat(f64(1e-300), 6, 0, false)).isEqualTo("1.000000e-300");
    }

    @Test
    void mlirChoices() {
        assertThat(FloatFormat.toString(f64(0.1))).isEqualTo("1.000000e-01");
        assertThat(FloatFormat.toString(f64(3.141592))).isEqualTo("3.1415920000000002");
        assertThat(FloatFormat.toString(FloatValue.fromDouble(FloatKind.F32, 16777216.0))).isEqualTo("0x4B800000");
        assertThat(FloatFormat.toString(FloatValue.fromDouble(FloatKind.F16, Double.NaN))).isEqualTo("0x7E00");
        assertThat(FloatFormat.toString(FloatValue.fromDouble(FloatKind.F80, 0.1)))
                .isEqualTo("0.100000000000000005551");
        assertThat(FloatFormat.toString(FloatValue.fromDouble(FloatKind.F4E2M1FN, Double.POSITIVE_INFINITY)))
                .isEqualTo("0x0");
        StringBuilder out = new StringBuilder("x=");
        assertThat(FloatFormat.print(FloatValue.fromDouble(FloatKind.F32, 2.5), out)).isFalse();
        assertThat(FloatFormat.print(FloatValue.fromDouble(FloatKind.F32, Double.NaN), out)).isTrue();
        assertThat(out).hasToString("x=2.500000e+000x7FC00000");
    }

    /** The 64/128-bit fast paths agree with the BigInteger reference. */
    @Test
    void fastPathsMatchReference() {
        for (FloatKind kind : new FloatKind[] {FloatKind.F16, FloatKind.BF16}) {
            for (long bits = 0; bits < 1 << 16; bits++) check(FloatValue.fromBits(kind, bits));
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 15_000; i++) {
            check(FloatValue.fromBits(FloatKind.F32, random.nextLong() & 0xFFFFFFFFL));
            check(FloatValue.fromBits(FloatKind.F64, random.nextLong()));
            check(FloatValue.fromBits(FloatKind.TF32, random.nextLong() & 0x7FFFF));
            double weight = random.nextGaussian() * Math.pow(10, random.nextInt(-8, 3));
            check(FloatValue.fromDouble(FloatKind.F32, weight));
            check(FloatValue.fromDouble(FloatKind.F64, weight));
            double decimal = random.nextInt(1, 1_000_000) * Math.pow(10, random.nextInt(-40, 40));
            check(FloatValue.fromDouble(FloatKind.F32, decimal));
            check(FloatValue.fromDouble(FloatKind.F64, decimal));
        }
    }

    private static void check(FloatValue v) {
        assertThat(FloatFormat.toString(v)).as("%s %x", v.kind(), v.bits()).isEqualTo(FloatFormat.toStringExact(v));
    }
}
