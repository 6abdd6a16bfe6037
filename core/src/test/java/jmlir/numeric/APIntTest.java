package jmlir.numeric;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link APInt} against plain arithmetic on unbounded integers reduced modulo 2^width, for
 * widths on both sides of 64 bits, with edge values (0, 1, -1, MIN, MAX) and seeded random ones.
 */
class APIntTest {
    private static final int[] WIDTHS = {1, 2, 7, 8, 16, 31, 32, 33, 63, 64, 65, 100, 128, 129, 256};

    private static BigInteger mod(int width) {
        return BigInteger.ONE.shiftLeft(width);
    }

    /** The two's-complement reading of {@code v mod 2^width}. */
    private static BigInteger signed(int width, BigInteger v) {
        BigInteger u = v.mod(mod(width));
        return u.testBit(width - 1) ? u.subtract(mod(width)) : u;
    }

    private static BigInteger[] samples(int width, Random random) {
        BigInteger min = BigInteger.ONE.shiftLeft(width - 1).negate();
        BigInteger max = BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE);
        BigInteger[] values = new BigInteger[12];
        values[0] = BigInteger.ZERO;
        values[1] = BigInteger.ONE;
        values[2] = BigInteger.ONE.negate();
        values[3] = min;
        values[4] = max;
        values[5] = min.add(BigInteger.ONE);
        for (int i = 6; i < values.length; i++) values[i] = new BigInteger(width, random);
        return values;
    }

    @Test
    void wrapAroundArithmeticMatchesModularArithmetic() {
        Random random = new Random(7);
        for (int w : WIDTHS) {
            for (BigInteger a : samples(w, random)) {
                for (BigInteger b : samples(w, random)) {
                    APInt x = APInt.of(w, a);
                    APInt y = APInt.of(w, b);
                    String what = w + ": " + a + ", " + b;
                    assertThat(x.add(y).signed()).as(what).isEqualTo(signed(w, a.add(b)));
                    assertThat(x.sub(y).signed()).as(what).isEqualTo(signed(w, a.subtract(b)));
                    assertThat(x.mul(y).signed()).as(what).isEqualTo(signed(w, a.multiply(b)));
                    assertThat(x.and(y).signed()).as(what).isEqualTo(signed(w, a.and(b)));
                    assertThat(x.or(y).signed()).as(what).isEqualTo(signed(w, a.or(b)));
                    assertThat(x.xor(y).signed()).as(what).isEqualTo(signed(w, a.xor(b)));
                    BigInteger sa = x.signed();
                    BigInteger sb = y.signed();
                    BigInteger ua = x.unsigned();
                    BigInteger ub = y.unsigned();
                    assertThat(Integer.signum(x.compareSigned(y))).as(what).isEqualTo(sa.compareTo(sb));
                    assertThat(Integer.signum(x.compareUnsigned(y))).as(what).isEqualTo(ua.compareTo(ub));
                    if (ub.signum() != 0) {
                        assertThat(x.udiv(y).unsigned()).as(what).isEqualTo(ua.divide(ub));
                        assertThat(x.urem(y).unsigned()).as(what).isEqualTo(ua.remainder(ub));
                        assertThat(x.sdiv(y).signed()).as(what).isEqualTo(signed(w, sa.divide(sb)));
                        assertThat(x.srem(y).signed()).as(what).isEqualTo(sa.remainder(sb));
                        BigInteger[] qr = sa.divideAndRemainder(sb);
                        BigInteger floor = qr[1].signum() != 0 && qr[1].signum() != sb.signum()
                                ? qr[0].subtract(BigInteger.ONE) : qr[0];
                        assertThat(x.sfloordiv(y).signed()).as(what).isEqualTo(signed(w, floor));
                        assertThat(x.sdivOverflows(y)).as(what)
                                .isEqualTo(sa.divide(sb).bitLength() > w - 1);
                    }
                    assertThat(x.saddOverflows(y)).as(what).isEqualTo(sa.add(sb).bitLength() > w - 1);
                    assertThat(x.ssubOverflows(y)).as(what).isEqualTo(sa.subtract(sb).bitLength() > w - 1);
                    assertThat(x.smulOverflows(y)).as(what).isEqualTo(sa.multiply(sb).bitLength() > w - 1);
                    assertThat(x.uaddOverflows(y)).as(what).isEqualTo(ua.add(ub).bitLength() > w);
                    assertThat(x.usubOverflows(y)).as(what).isEqualTo(ua.compareTo(ub) < 0);
                    assertThat(x.umulOverflows(y)).as(what).isEqualTo(ua.multiply(ub).bitLength() > w);
                    assertThat(x.mulhs(y).signed()).as(what).isEqualTo(signed(w, sa.multiply(sb).shiftRight(w)));
                    assertThat(x.mulhu(y).unsigned()).as(what).isEqualTo(ua.multiply(ub).shiftRight(w));
                    assertThat(x.smax(y).signed()).as(what).isEqualTo(sa.max(sb));
                    assertThat(x.umin(y).unsigned()).as(what).isEqualTo(ua.min(ub));
                }
            }
        }
    }

    @Test
    void shiftsMatchBitArithmetic() {
        Random random = new Random(11);
        for (int w : WIDTHS) {
            for (BigInteger a : samples(w, random)) {
                APInt x = APInt.of(w, a);
                for (int s = 0; s < w; s += Math.max(1, w / 9)) {
                    assertThat(x.shl(s).signed()).isEqualTo(signed(w, a.shiftLeft(s)));
                    assertThat(x.lshr(s).unsigned()).isEqualTo(x.unsigned().shiftRight(s));
                    assertThat(x.ashr(s).signed()).isEqualTo(x.signed().shiftRight(s));
                }
            }
        }
        assertThatThrownBy(() -> APInt.of(8, 1).shl(8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void widthChangesExtendAndTruncate() {
        APInt minus2 = APInt.of(8, -2);
        assertThat(minus2.sext(16).signed()).isEqualTo(BigInteger.valueOf(-2));
        assertThat(minus2.zext(16).signed()).isEqualTo(BigInteger.valueOf(254));
        assertThat(minus2.zext(100).unsigned()).isEqualTo(BigInteger.valueOf(254));
        assertThat(minus2.sext(100).unsigned()).isEqualTo(mod(100).subtract(BigInteger.TWO));
        assertThat(APInt.of(130, mod(129).add(BigInteger.valueOf(5))).trunc(64).signedLong()).isEqualTo(5);
        assertThat(APInt.of(16, 0x1234).trunc(8).signedLong()).isEqualTo(0x34);
        assertThat(APInt.of(8, 200).sextOrTrunc(64).signedLong()).isEqualTo(-56);
        assertThat(APInt.of(8, 200).zextOrTrunc(64).signedLong()).isEqualTo(200);
        assertThat(APInt.of(0, 5).isZero()).isTrue();
        assertThat(APInt.of(0, 0).sext(16).isZero()).isTrue();
    }

    @Test
    void namedValues() {
        assertThat(APInt.signedMin(8).signedLong()).isEqualTo(-128);
        assertThat(APInt.signedMax(8).signedLong()).isEqualTo(127);
        assertThat(APInt.allOnes(1).isOne()).isTrue();
        assertThat(APInt.allOnes(1).isNegative()).isTrue();
        assertThat(APInt.allOnes(1).isStrictlyPositive()).isFalse();
        assertThat(APInt.signedMin(128).isSignedMin()).isTrue();
        assertThat(APInt.signedMin(128).negate()).isEqualTo(APInt.signedMin(128));
        assertThat(APInt.allOnes(65).isAllOnes()).isTrue();
        assertThat(APInt.of(65, -1)).isEqualTo(APInt.allOnes(65));
        assertThat(APInt.of(64, -1).ult(64)).isFalse();
        assertThat(APInt.of(64, 63).ult(64)).isTrue();
        assertThat(APInt.of(8, -1).toString()).isEqualTo("-1:i8");
    }
}
