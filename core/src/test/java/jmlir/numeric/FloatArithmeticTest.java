package jmlir.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import jmlir.ir.FloatFormat;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatValue;
import org.junit.jupiter.api.Test;

/**
 * The numeric classes against the JDK's IEEE arithmetic (doubles and floats, round to nearest
 * even), against exact BigDecimal results in the directed rounding modes, and on the special
 * cases of the small kinds that APFloat defines.
 */
class FloatArithmeticTest {
    private static final RoundingMode NEAREST = RoundingMode.NEAREST_TIES_TO_EVEN;

    private static FloatValue f64(double d) {
        return FloatValue.fromBits(FloatKind.F64, Double.doubleToRawLongBits(d));
    }

    private static FloatValue f32(float f) {
        return FloatValue.fromBits(FloatKind.F32, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
    }

    /** Doubles of every magnitude, including denormals, infinities, zeros and NaN. */
    private static double randomDouble(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> Double.longBitsToDouble(r.nextLong() & 0x000FFFFFFFFFFFFFL); // denormal
            case 1 -> new double[] {0.0, -0.0, 1.0, -1.0, Double.MAX_VALUE, Double.MIN_VALUE,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}[r.nextInt(9)];
            case 2, 3 -> (r.nextInt(2000) - 1000) / 8.0;
            default -> Double.longBitsToDouble(r.nextLong());
        };
    }

    private static void assertSame(FloatValue actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual.isNaN()).as(what).isTrue();
        } else {
            assertThat(actual.toDouble()).as(what).isEqualTo(expected);
            assertThat(actual.isNegative()).as(what + " sign").isEqualTo(Double.doubleToRawLongBits(expected) < 0);
        }
    }

    @Test
    void doublesRoundToNearestEvenAsTheJdkDoes() {
        Random r = new Random(1);
        for (int i = 0; i < 5000; i++) {
            double a = randomDouble(r), b = randomDouble(r);
            String what = a + ", " + b;
            assertSame(FloatArithmetic.add(f64(a), f64(b), NEAREST).value(), a + b, "add " + what);
            assertSame(FloatArithmetic.subtract(f64(a), f64(b), NEAREST).value(), a - b, "sub " + what);
            assertSame(FloatArithmetic.multiply(f64(a), f64(b), NEAREST).value(), a * b, "mul " + what);
            assertSame(FloatArithmetic.divide(f64(a), f64(b), NEAREST).value(), a / b, "div " + what);
            assertSame(FloatArithmetic.mod(f64(a), f64(b)).value(), a % b, "mod " + what);
            // the shortcut through the JDK's arithmetic gives the same values
            if (!Double.isNaN(a + b)) {
                assertThat(FloatArithmetic.add(f64(a), f64(b)))
                        .isEqualTo(FloatArithmetic.add(f64(a), f64(b), NEAREST).value());
            }
            if (!Double.isNaN(a / b)) {
                assertThat(FloatArithmetic.divide(f64(a), f64(b)))
                        .isEqualTo(FloatArithmetic.divide(f64(a), f64(b), NEAREST).value());
            }
            assertSame(FloatArithmetic.remainder(f64(a), f64(b)).value(), Math.IEEEremainder(a, b), "rem " + what);
        }
    }

    @Test
    void floatsRoundToNearestEvenAsTheJdkDoes() {
        Random r = new Random(2);
        for (int i = 0; i < 5000; i++) {
            float a = (float) randomDouble(r), b = (float) randomDouble(r);
            if (r.nextInt(4) == 0) a = Float.intBitsToFloat(r.nextInt());
            String what = a + ", " + b;
            assertSame(FloatArithmetic.add(f32(a), f32(b), NEAREST).value(), a + b, "add " + what);
            assertSame(FloatArithmetic.multiply(f32(a), f32(b), NEAREST).value(), a * b, "mul " + what);
            assertSame(FloatArithmetic.divide(f32(a), f32(b), NEAREST).value(), a / b, "div " + what);
            double d = randomDouble(r);
            assertSame(FloatConversions.convert(f64(d), FloatKind.F32).value(), (float) d, "convert " + d);
        }
    }

    @Test
    void directedRoundingBracketsTheExactResult() {
        Random r = new Random(3);
        for (int i = 0; i < 1500; i++) {
            double a = (r.nextInt(2000) - 1000) * Math.scalb(1.0, r.nextInt(120) - 60) + r.nextDouble();
            double b = Double.longBitsToDouble(r.nextLong() & 0x3FFFFFFFFFFFFFFFL) * (r.nextBoolean() ? 1 : -1);
            BigDecimal sum = new BigDecimal(a).add(new BigDecimal(b));
            BigDecimal product = new BigDecimal(a).multiply(new BigDecimal(b));
            for (RoundingMode mode : RoundingMode.values()) {
                checkBracket(FloatArithmetic.add(f64(a), f64(b), mode), sum, mode, "add " + a + ", " + b);
                checkBracket(FloatArithmetic.multiply(f64(a), f64(b), mode), product, mode, "mul " + a + ", " + b);
                checkBracket(FloatConversions.convert(f64(a), FloatKind.F32, mode), new BigDecimal(a), mode, "conv " + a);
            }
        }
    }

    private static void checkBracket(FloatResult result, BigDecimal exact, RoundingMode mode, String what) {
        checkBracket(result.value(), result.status(), exact, mode, what);
    }

    private static void checkBracket(ConversionResult result, BigDecimal exact, RoundingMode mode, String what) {
        checkBracket(result.value(), result.status(), exact, mode, what);
    }

    /** The result is the representable neighbour of {@code exact} that {@code mode} asks for. */
    private static void checkBracket(FloatValue v, int status, BigDecimal exact, RoundingMode mode, String what) {
        if (!v.isFinite()) return; // overflow is covered by the special cases
        BigDecimal value = toDecimal(v);
        int cmp = value.compareTo(exact);
        assertThat((status & FloatStatus.INEXACT) != 0).as(what + " inexact flag").isEqualTo(cmp != 0);
        if (cmp == 0) return;
        BigDecimal other = toDecimal(cmp < 0 ? next(v, true) : next(v, false));
        // exact lies strictly between v and its neighbour on the other side
        assertThat(other.compareTo(exact) * cmp).as(what + " bracket").isLessThan(0);
        boolean up = cmp > 0;
        switch (mode) {
            case TOWARD_POSITIVE -> assertThat(up).as(what).isTrue();
            case TOWARD_NEGATIVE -> assertThat(up).as(what).isFalse();
            case TOWARD_ZERO -> assertThat(value.abs().compareTo(exact.abs())).as(what).isLessThan(0);
            case NEAREST_TIES_TO_EVEN, NEAREST_TIES_TO_AWAY -> {
                int distance = value.subtract(exact).abs().compareTo(other.subtract(exact).abs());
                assertThat(distance).as(what).isLessThanOrEqualTo(0);
                if (distance == 0 && mode == RoundingMode.NEAREST_TIES_TO_AWAY) {
                    assertThat(value.abs().compareTo(other.abs())).as(what).isGreaterThan(0);
                }
            }
        }
    }

    private static BigDecimal toDecimal(FloatValue v) {
        if (v.isZero()) return BigDecimal.ZERO;
        BigDecimal magnitude = new BigDecimal(v.significand());
        int e = v.exponent();
        magnitude = e >= 0 ? magnitude.multiply(new BigDecimal(BigInteger.TWO.pow(e)))
                : magnitude.divide(new BigDecimal(BigInteger.TWO.pow(-e)));
        return v.isNegative() ? magnitude.negate() : magnitude;
    }

    /** The next representable value above (or below) a finite f64 or f32. */
    private static FloatValue next(FloatValue v, boolean up) {
        if (v.kind() == FloatKind.F64) return f64(up ? Math.nextUp(v.toDouble()) : Math.nextDown(v.toDouble()));
        return f32(up ? Math.nextUp((float) v.toDouble()) : Math.nextDown((float) v.toDouble()));
    }

    @Test
    void integersConvertAsTheJdkDoes() {
        Random r = new Random(4);
        for (int i = 0; i < 5000; i++) {
            long n = r.nextLong() >> r.nextInt(64);
            assertSame(FloatConversions.fromInteger(FloatKind.F64, BigInteger.valueOf(n)), (double) n, "from " + n);
            assertSame(FloatConversions.fromInteger(FloatKind.F32, BigInteger.valueOf(n)), (float) n, "from " + n);
            double d = randomDouble(r);
            IntegerResult toLong = FloatConversions.toInteger(f64(d), 64, true, RoundingMode.TOWARD_ZERO);
            boolean inRange = !Double.isNaN(d) && d > -0x1p63 - 1 && d < 0x1p63;
            assertThat(toLong.isValid()).as("valid " + d).isEqualTo(inRange);
            if (inRange) assertThat(toLong.value().longValue()).as("to " + d).isEqualTo((long) d);
        }
    }

    @Test
    void integerConversionHonoursRangeSignAndMode() {
        FloatValue minusHalf = f64(-0.5), twoFifty = f64(255.9), minusOne = f64(-1.0);
        assertThat(FloatConversions.toInteger(minusHalf, 8, false, RoundingMode.TOWARD_ZERO).value()).isZero();
        assertThat(FloatConversions.toInteger(minusOne, 8, false, RoundingMode.TOWARD_ZERO).isValid()).isFalse();
        assertThat(FloatConversions.toInteger(twoFifty, 8, false, RoundingMode.TOWARD_ZERO).value()).isEqualTo(255);
        assertThat(FloatConversions.toInteger(twoFifty, 8, false, NEAREST).isValid()).isFalse();
        assertThat(FloatConversions.toInteger(twoFifty, 8, true, RoundingMode.TOWARD_ZERO).isValid()).isFalse();
        assertThat(FloatConversions.toInteger(f64(-128.0), 8, true, RoundingMode.TOWARD_ZERO).value()).isEqualTo(-128);
        assertThat(FloatConversions.toInteger(f64(2.5), 8, true, NEAREST).value()).isEqualTo(2);
        assertThat(FloatConversions.toInteger(f64(2.5), 8, true, RoundingMode.NEAREST_TIES_TO_AWAY).value()).isEqualTo(3);
        assertThat(FloatConversions.toInteger(f64(-2.5), 8, true, RoundingMode.TOWARD_NEGATIVE).value()).isEqualTo(-3);
        assertThat(FloatConversions.toInteger(f64(Double.NaN), 8, true, NEAREST).isValid()).isFalse();
        RoundingMode zero = RoundingMode.TOWARD_ZERO;
        assertThat(FloatConversions.toIntegerSaturating(f64(1e10), 8, true, zero)).isEqualTo(127);
        assertThat(FloatConversions.toIntegerSaturating(f64(-1e10), 8, true, zero)).isEqualTo(-128);
        assertThat(FloatConversions.toIntegerSaturating(f64(-1e10), 8, false, zero)).isEqualTo(0);
        assertThat(FloatConversions.toIntegerSaturating(f64(Double.POSITIVE_INFINITY), 8, false, zero)).isEqualTo(255);
        assertThat(FloatConversions.toIntegerSaturating(f64(Double.NaN), 8, true, zero)).isEqualTo(0);
        assertThat(FloatConversions.toIntegerSaturating(f64(-3.7), 8, true, zero)).isEqualTo(-3);
    }

    @Test
    void overflowDependsOnModeAndKind() {
        // As mlir-opt folds arith.sitofp of 400 and 460 to f8E4M3FN: a tie to even, and 448, not NaN.
        assertThat(FloatFormat.toString(FloatConversions.fromInteger(FloatKind.F8E4M3FN, BigInteger.valueOf(400))))
                .isEqualTo("3.840000e+02");
        assertThat(FloatFormat.toString(FloatConversions.fromInteger(FloatKind.F8E4M3FN, BigInteger.valueOf(460))))
                .isEqualTo("4.480000e+02");
        FloatValue largest = FloatArithmetic.largest(FloatKind.F8E4M3FN, false);
        FloatResult sum = FloatArithmetic.add(largest, largest, NEAREST);
        assertThat(sum.value().isNaN()).isTrue(); // no infinity: overflow gives NaN
        assertThat(sum.status()).isEqualTo(FloatStatus.OVERFLOW | FloatStatus.INEXACT);
        assertThat(FloatArithmetic.add(largest, largest, RoundingMode.TOWARD_ZERO).value()).isEqualTo(largest);
        FloatValue maxF16 = FloatArithmetic.largest(FloatKind.F16, true);
        assertThat(FloatArithmetic.add(maxF16, maxF16, RoundingMode.TOWARD_POSITIVE).value()).isEqualTo(maxF16);
        assertThat(FloatArithmetic.add(maxF16, maxF16, RoundingMode.TOWARD_NEGATIVE).value())
                .isEqualTo(FloatArithmetic.infinity(FloatKind.F16, true));
        FloatValue six = FloatArithmetic.largest(FloatKind.F4E2M1FN, false);
        assertThat(FloatFormat.toString(six)).isEqualTo("6.000000e+00");
        assertThat(FloatArithmetic.multiply(six, six, NEAREST).value()).isEqualTo(six); // no infinity, no NaN
    }

    @Test
    void signedZerosFollowIeee() {
        FloatValue one = f64(1.0), minusOne = f64(-1.0);
        assertThat(FloatArithmetic.add(one, minusOne, NEAREST).value()).isEqualTo(f64(0.0));
        assertThat(FloatArithmetic.add(one, minusOne, RoundingMode.TOWARD_NEGATIVE).value()).isEqualTo(f64(-0.0));
        assertThat(FloatArithmetic.add(f64(-0.0), f64(-0.0), NEAREST).value()).isEqualTo(f64(-0.0));
        assertThat(FloatArithmetic.mod(f64(-4.0), f64(2.0)).value()).isEqualTo(f64(-0.0));
        FloatValue nz = FloatValue.fromBits(FloatKind.F8E5M2FNUZ, 0);
        assertThat(FloatArithmetic.negate(nz)).isEqualTo(nz); // FNUZ has no -0: its pattern is NaN
        FloatValue tiny = FloatValue.fromBits(FloatKind.F8E4M3FNUZ, 0x81); // the smallest negative value
        FloatResult underflow = FloatArithmetic.multiply(tiny, tiny, NEAREST);
        assertThat(underflow.value().bits()).isZero();
        assertThat(underflow.status()).isEqualTo(FloatStatus.UNDERFLOW | FloatStatus.INEXACT);
    }

    @Test
    void nanPropagationAndComparison() {
        FloatValue snan = FloatValue.fromBits(FloatKind.F32, 0x7F800001L);
        FloatValue qnan = FloatValue.fromBits(FloatKind.F32, 0xFFC00005L);
        FloatResult r = FloatArithmetic.add(snan, f32(1f), NEAREST);
        assertThat(r.value().bits()).isEqualTo(0x7FC00001L);
        assertThat(r.status()).isEqualTo(FloatStatus.INVALID_OP);
        assertThat(FloatArithmetic.multiply(f32(1f), qnan).bits()).isEqualTo(0xFFC00005L);
        assertThat(FloatArithmetic.mod(f32(1f), f32(0f)).value().bits()).isEqualTo(0x7FC00000L);
        assertThat(FloatArithmetic.maxnum(qnan, f32(2f))).isEqualTo(f32(2f));
        assertThat(FloatArithmetic.maxnum(snan, f32(2f)).bits()).isEqualTo(0x7FC00001L);
        assertThat(FloatArithmetic.maximum(f32(2f), qnan)).isEqualTo(qnan);
        assertThat(FloatArithmetic.minimum(f32(0f), f32(-0f))).isEqualTo(f32(-0f));
        assertThat(FloatArithmetic.maxnum(f32(-0f), f32(0f))).isEqualTo(f32(0f));
        assertThat(FloatArithmetic.compare(qnan, qnan)).isEqualTo(Comparison.UNORDERED);
        assertThat(FloatArithmetic.compare(f32(0f), f32(-0f))).isEqualTo(Comparison.EQUAL);
        assertThat(FloatPredicate.UNE.test(Comparison.UNORDERED)).isTrue();
        assertThat(FloatPredicate.ONE.test(Comparison.UNORDERED)).isFalse();
    }

    @Test
    void conversionsReportLoss() {
        assertThat(FloatConversions.convert(f32(0.1f), FloatKind.F16).isLossless()).isFalse();
        assertThat(FloatConversions.convert(f32(1.5f), FloatKind.F16).isLossless()).isTrue();
        assertThat(FloatConversions.convert(FloatValue.fromBits(FloatKind.F32, 0x7FC00001L), FloatKind.F16)
                .isLossless()).isFalse();
        assertThat(FloatConversions.convert(FloatValue.fromBits(FloatKind.F32, 0x7FC00000L), FloatKind.F16)
                .value().bits()).isEqualTo(0x7E00L);
        assertThat(FloatConversions.convert(f32(Float.POSITIVE_INFINITY), FloatKind.F8E4M3FN).isLossless()).isFalse();
        assertThat(FloatConversions.convert(f32(-0f), FloatKind.F8E4M3FNUZ).isLossless()).isFalse();
        assertThat(FloatConversions.convert(f32(0f), FloatKind.F8E8M0FNU).value().bits()).isZero(); // 2^-127
        assertThat(FloatConversions.isRepresentableBy(FloatKind.F16, FloatKind.F32)).isTrue();
        assertThat(FloatConversions.isRepresentableBy(FloatKind.BF16, FloatKind.F16)).isFalse();
        FloatValue wide = FloatConversions.convert(f64(1.0 / 3), FloatKind.F128).value();
        assertThat(FloatConversions.convert(wide, FloatKind.F64).value()).isEqualTo(f64(1.0 / 3));
    }
}
