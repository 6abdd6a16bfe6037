package jmlir.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatValueTest {

    @Test
    void keywordsRoundTrip() {
        assertThat(FloatKind.values()).hasSize(18);
        for (FloatKind kind : FloatKind.values()) {
            assertThat(FloatKind.fromKeyword(kind.keyword())).isSameAs(kind);
            assertThat(FloatKind.fromKeyword(new StringBuilder(kind.keyword()))).isSameAs(kind);
        }
        assertThat(FloatKind.fromKeyword("f8E5M2FN")).isNull();
        assertThat(FloatKind.fromKeyword("F32")).isNull();
        assertThat(FloatKind.fromKeyword("")).isNull();
    }

    @Test
    void semantics() {
        assertThat(FloatKind.F8E4M3FN.bias()).isEqualTo(7);
        assertThat(FloatKind.F8E4M3B11FNUZ.bias()).isEqualTo(11);
        assertThat(FloatKind.F8E8M0FNU.bias()).isEqualTo(127);
        assertThat(FloatKind.F80.exponentBits()).isEqualTo(15);
        assertThat(FloatKind.F80.fractionBits()).isEqualTo(64);
        assertThat(FloatKind.TF32.exponentBits()).isEqualTo(8);
        for (FloatKind kind : FloatKind.values()) {
            int signBits = kind.isSigned() ? 1 : 0;
            assertThat(signBits + kind.exponentBits() + kind.fractionBits()).as(kind.keyword()).isEqualTo(kind.width());
        }
        assertThat(FloatKind.F8E4M3FN.hasInfinity()).isFalse();
        assertThat(FloatKind.F8E4M3FN.hasNaN()).isTrue();
        assertThat(FloatKind.F8E5M2FNUZ.hasNegativeZero()).isFalse();
        assertThat(FloatKind.F4E2M1FN.hasNaN()).isFalse();
        assertThat(FloatKind.F8E8M0FNU.hasZero()).isFalse();
    }

    @Test
    void f32ConversionMatchesJava() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : Math.scalb(random.nextDouble(), random.nextInt(-160, 140));
            if (Double.isNaN(d)) continue;
            FloatValue v = FloatValue.fromDouble(FloatKind.F32, d);
            assertThat((int) v.lo()).as("%s", d).isEqualTo(Float.floatToRawIntBits((float) d));
            assertThat(v.toDouble()).isEqualTo((double) (float) d);
        }
    }

    @Test
    void f16ConversionMatchesJava() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 200_000; i++) {
            float f = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt())
                    : Math.scalb((float) random.nextDouble(), random.nextInt(-30, 20));
            if (Float.isNaN(f)) continue;
            FloatValue v = FloatValue.fromDouble(FloatKind.F16, f);
            assertThat((short) v.lo()).as("%s", f).isEqualTo(Float.floatToFloat16(f));
        }
        for (int bits = 0; bits < 1 << 16; bits++) {
            FloatValue v = FloatValue.fromBits(FloatKind.F16, bits);
            if (!v.isNaN()) assertThat(v.toDouble()).isEqualTo((double) Float.float16ToFloat((short) bits));
        }
    }

    /** Every finite pattern of the narrow kinds converts to a double and back to itself. */
    @Test
    void narrowPatternsRoundTripThroughDouble() {
        for (FloatKind kind : FloatKind.values()) {
            if (kind.width() > 19) continue;
            for (long bits = 0; bits < 1L << kind.width(); bits++) {
                FloatValue v = FloatValue.fromBits(kind, bits);
                if (v.isNaN()) continue;
                assertThat(FloatValue.fromDouble(kind, v.toDouble())).as("%s %x", kind, bits).isEqualTo(v);
            }
        }
    }

    /** Small kinds against a brute-force nearest search (ties to even; E8M0 ties upward). */
    @Test
    void smallKindsRoundToNearest() {
        SplittableRandom random = new SplittableRandom(3);
        for (FloatKind kind : FloatKind.values()) {
            if (kind.width() > 8) continue;
            double largest = 0;
            for (long bits = 0; bits < 1L << kind.width(); bits++) {
                FloatValue v = FloatValue.fromBits(kind, bits);
                if (v.isFinite()) largest = Math.max(largest, v.toDouble());
            }
            for (int i = 0; i < 4_000; i++) {
                double d = (random.nextDouble() * 2 - 1) * largest * Math.pow(2, -random.nextInt(0, 20));
                if (i % 10 == 0) { // exact ties: halfway between two neighbours
                    long bits = random.nextLong((1L << (kind.width() - 1)) - 1); // positive, has a successor
                    FloatValue a = FloatValue.fromBits(kind, bits);
                    FloatValue b = FloatValue.fromBits(kind, bits + 1);
                    if (!a.isFinite() || !b.isFinite()) continue;
                    d = (a.toDouble() + b.toDouble()) / 2;
                }
                assertThat(FloatValue.fromDouble(kind, d).toDouble()).as("%s %s", kind, d).isEqualTo(nearest(kind, d));
            }
        }
    }

    private static double nearest(FloatKind kind, double d) {
        double best = Double.NaN;
        for (long bits = 0; bits < 1L << kind.width(); bits++) {
            FloatValue v = FloatValue.fromBits(kind, bits);
            if (!v.isFinite()) continue;
            double x = v.toDouble();
            if (kind.encoding() == FloatKind.Encoding.E8M0) x = Math.copySign(x, d);
            double diff = Math.abs(x - d), bestDiff = Math.abs(best - d);
            boolean tieWins = kind.encoding() == FloatKind.Encoding.E8M0
                    ? Math.abs(x) > Math.abs(best) : (significand(kind, bits) & 1) == 0;
            if (Double.isNaN(best) || diff < bestDiff || diff == bestDiff && tieWins) {
                best = x;
            }
        }
        if (best == 0) return kind.hasNegativeZero() ? Math.copySign(0.0, d) : 0.0;
        return best;
    }

    private static long significand(FloatKind kind, long bits) {
        return bits & ((1L << kind.fractionBits()) - 1);
    }

    @Test
    void overflowDependsOnTheKind() {
        assertThat(FloatValue.fromDouble(FloatKind.F16, 1e10).bits()).isEqualTo(0x7C00);
        assertThat(FloatValue.fromDouble(FloatKind.F16, -1e10).bits()).isEqualTo(0xFC00);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FN, 1e10).bits()).isEqualTo(0x7F);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FN, -1e10).bits()).isEqualTo(0xFF);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FN, 464).toDouble()).isEqualTo(448);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FN, 465).isNaN()).isTrue();
        assertThat(FloatValue.fromDouble(FloatKind.F8E5M2FNUZ, -1e10).bits()).isEqualTo(0x80);
        assertThat(FloatValue.fromDouble(FloatKind.F6E2M3FN, 1e10).toDouble()).isEqualTo(7.5);
        assertThat(FloatValue.fromDouble(FloatKind.F6E2M3FN, -1e10).toDouble()).isEqualTo(-7.5);
        assertThat(FloatValue.fromDouble(FloatKind.F8E8M0FNU, 3e38).bits()).isEqualTo(0xFF);
        assertThat(FloatValue.fromDouble(FloatKind.F8E8M0FNU, 2.5e38).toDouble()).isEqualTo(0x1p127);
    }

    @Test
    void zerosAndUnderflow() {
        assertThat(FloatValue.fromDouble(FloatKind.F16, -0.0).bits()).isEqualTo(0x8000);
        assertThat(FloatValue.fromDouble(FloatKind.F16, -1e-10).bits()).isEqualTo(0x8000);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FNUZ, -0.0).bits()).isZero();
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FNUZ, -1e-10).bits()).isZero();
        assertThat(FloatValue.fromDouble(FloatKind.F8E8M0FNU, 0.0).toDouble()).isEqualTo(0x1p-127);
        assertThat(FloatValue.fromDouble(FloatKind.F8E8M0FNU, -1e-50).isNegative()).isFalse();
        assertThat(FloatValue.fromDouble(FloatKind.F32, 0x1p-150).bits()).isZero();
        assertThat(FloatValue.fromDouble(FloatKind.F32, Math.nextUp(0x1p-150)).bits()).isEqualTo(1);
        assertThat(FloatValue.fromDouble(FloatKind.F32, 0x1.8p-149).bits()).isEqualTo(2);
        assertThat(FloatValue.fromDouble(FloatKind.F4E2M1FN, 0.25).isZero()).isTrue();
        assertThat(FloatValue.fromDouble(FloatKind.F4E2M1FN, 0.75).toDouble()).isEqualTo(1.0);
    }

    @Test
    void nanConversions() {
        assertThat(FloatValue.fromDouble(FloatKind.F32, Double.NaN).bits()).isEqualTo(0x7FC00000);
        double signaling = Double.longBitsToDouble(0xFFF0000000000001L);
        assertThat(FloatValue.fromDouble(FloatKind.F32, signaling).bits()).isEqualTo(0xFFC00000L);
        assertThat(FloatValue.fromDouble(FloatKind.F16, Double.longBitsToDouble(0x7FFC000000000000L)).bits())
                .isEqualTo(0x7F00);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FNUZ, -Double.NaN).bits()).isEqualTo(0x80);
        assertThat(FloatValue.fromDouble(FloatKind.F8E4M3FN, Double.NaN).bits()).isEqualTo(0x7F);
        FloatValue f80 = FloatValue.fromDouble(FloatKind.F80, Double.NaN);
        assertThat(f80.bitsHi()).isEqualTo(0x7FFF);
        assertThat(f80.bits()).isEqualTo(0xC000000000000000L);
        FloatValue f128 = FloatValue.fromDouble(FloatKind.F128, Double.NaN);
        assertThat(f128.bitsHi()).isEqualTo(0x7FFF800000000000L);
        assertThat(f128.bits()).isZero();
        assertThat(Double.doubleToRawLongBits(f128.toDouble())).isEqualTo(0x7FF8000000000000L);
        assertThat(FloatValue.fromDouble(FloatKind.F64, signaling).bits()).isEqualTo(0xFFF0000000000001L);
    }

    @Test
    void quirksOfKindsThatCannotEncodeAValue() {
        FloatValue negative = FloatValue.fromDouble(FloatKind.F8E8M0FNU, -1.0);
        assertThat(negative.isNegative()).isTrue();
        assertThat(negative.quirk()).isEqualTo(FloatValue.Quirk.NEGATIVE_UNSIGNED);
        assertThat(negative.toDouble()).isEqualTo(-1.0);
        assertThat(negative.bits()).isEqualTo(0xFF); // what dense storage keeps: NaN
        assertThat(FloatValue.fromBits(FloatKind.F8E8M0FNU, negative.bits()).isNaN()).isTrue();

        FloatValue inf = FloatValue.fromDouble(FloatKind.F4E2M1FN, Double.NEGATIVE_INFINITY);
        assertThat(inf.isInfinite()).isTrue();
        assertThat(inf.isNegative()).isTrue();
        assertThat(inf.bits()).isEqualTo(0x8);
        assertThat(inf.toDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FloatValue.fromDouble(FloatKind.F6E3M2FN, Double.NaN).isNaN()).isTrue();
    }

    @Test
    void x87PatternsAreCanonicalized() {
        FloatValue unnormal = FloatValue.fromBits(FloatKind.F80, 0, 0x3FFF);
        assertThat(unnormal.isNaN()).isTrue();
        assertThat(unnormal.bitsHi()).isEqualTo(0x7FFF);
        FloatValue pseudoDenormal = FloatValue.fromBits(FloatKind.F80, Long.MIN_VALUE, 0);
        assertThat(pseudoDenormal.bitsHi()).isEqualTo(1);
        assertThat(pseudoDenormal.toDouble()).isZero();
        FloatValue one = FloatValue.fromDouble(FloatKind.F80, 1.0);
        assertThat(one.bitsHi()).isEqualTo(0x3FFF);
        assertThat(one.bits()).isEqualTo(Long.MIN_VALUE);
        assertThat(FloatValue.fromBits(FloatKind.F80, 0, 0x7FFF).isNaN()).isTrue(); // pseudo-infinity
        assertThat(FloatValue.fromBits(FloatKind.F80, Long.MIN_VALUE, 0xFFFF).isInfinite()).isTrue();
    }

    @Test
    void wideKindsHoldDoublesExactly() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d)) continue;
            assertThat(FloatValue.fromDouble(FloatKind.F80, d).toDouble()).isEqualTo(d);
            assertThat(FloatValue.fromDouble(FloatKind.F128, d).toDouble()).isEqualTo(d);
        }
        FloatValue third = FloatValue.parseLiteral(FloatKind.F128, "0x3FFD5555555555555555555555555555");
        assertThat(third.toDouble()).isEqualTo(1.0 / 3);
        FloatValue minusTwo = FloatValue.fromDouble(FloatKind.F128, -2.0);
        assertThat(minusTwo.bitsAsBigInteger().toString(16)).isEqualTo("c0000000000000000000000000000000");
    }

    @Test
    void literals() {
        assertThat(FloatValue.parseLiteral(FloatKind.F32, "-2.5").toDouble()).isEqualTo(-2.5);
        assertThat(FloatValue.parseLiteral(FloatKind.F32, "1.e3").toDouble()).isEqualTo(1000);
        assertThat(FloatValue.parseLiteral(FloatKind.F32, "0x7FC00000").isNaN()).isTrue();
        assertThat(FloatValue.parseLiteral(FloatKind.F32, "0x0000000001").bits()).isEqualTo(1);
        assertThat(FloatValue.parseLiteral(FloatKind.F64, "1.0e400").isInfinite()).isTrue();
        // f128 literals are read as doubles first: 0.1 keeps only double precision.
        assertThat(FloatValue.parseLiteral(FloatKind.F128, "0.1").toDouble()).isEqualTo(0.1);
        assertThatThrownBy(() -> FloatValue.parseLiteral(FloatKind.F32, "1"))
                .hasMessage("unexpected decimal integer literal for a floating point value");
        assertThatThrownBy(() -> FloatValue.parseLiteral(FloatKind.F32, "-0x1"))
                .hasMessage("hexadecimal float literal should not have a leading minus");
        assertThatThrownBy(() -> FloatValue.parseLiteral(FloatKind.F32, "0x100000000"))
                .hasMessage("hexadecimal float constant out of range for type");
        assertThatThrownBy(() -> FloatValue.parseLiteral(FloatKind.F32, "1e5"))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void constructorRejectsPatternsWiderThanTheKind() {
        assertThatThrownBy(() -> new FloatValue(FloatKind.F16, 0x10000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FloatValue(FloatKind.F32, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FloatValue(FloatKind.F16, 0, 0, FloatValue.Quirk.NEGATIVE_UNSIGNED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
