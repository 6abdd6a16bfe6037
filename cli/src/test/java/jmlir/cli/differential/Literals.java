package jmlir.cli.differential;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Constant values for generated programs, weighted towards the edges folding gets wrong: zero,
 * -1, the smallest and largest integers, shift amounts at the width, NaN, infinities, -0.0,
 * denormals and the largest finite float.
 */
final class Literals {
    /** Decimal floats; most are exact in every format, some round or overflow in the small ones. */
    private static final List<String> DECIMALS = List.of("0.0", "-0.0", "1.0", "-1.0", "0.5", "2.0", "-2.5",
            "3.0", "0.1", "-0.75", "4.0", "100.0", "1.0e+10", "-3.0e-05", "7.0");

    private final Random random;

    Literals(Random random) {
        this.random = random;
    }

    /** The attribute of an {@code arith.constant} of type t, without the trailing type. */
    String constantValue(GenType t) {
        if (!t.isShaped()) return scalar(t.element(), false);
        // Scalable vectors and 0-d vectors only take splats; an empty tensor also takes dense<[]>.
        boolean splatOnly = t.scalable() || t.shape().isEmpty() || t.elementCount() > 6;
        if (splatOnly || random.nextInt(3) > 0) return "dense<" + scalar(t.element(), true) + ">";
        StringBuilder sb = new StringBuilder("dense<");
        appendNested(sb, t, 0);
        return sb.append('>').toString();
    }

    private void appendNested(StringBuilder sb, GenType t, int dim) {
        sb.append('[');
        for (int i = 0; i < t.shape().get(dim); i++) {
            if (i > 0) sb.append(", ");
            if (dim + 1 < t.shape().size()) appendNested(sb, t, dim + 1);
            else sb.append(scalar(t.element(), true));
        }
        sb.append(']');
    }

    /** A scalar literal; {@code inDense} spells i1 as true/false, which arith.constant does too. */
    private String scalar(GenType.Scalar s, boolean inDense) {
        if (s.isFloat()) return floatLiteral(s);
        BigInteger v = integerValue(s.width());
        if (s.width() == 1) return v.signum() == 0 ? "false" : "true";
        // Now and then the unsigned spelling of a negative value, which the parser also accepts.
        if (v.signum() < 0 && !s.isIndex() && !inDense && random.nextInt(10) == 0) {
            v = v.add(BigInteger.ONE.shiftLeft(s.width()));
        }
        return v.toString();
    }

    /** A value in the signed range of the width. */
    BigInteger integerValue(int width) {
        BigInteger min = BigInteger.ONE.shiftLeft(width - 1).negate();
        BigInteger max = BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE);
        BigInteger v = switch (random.nextInt(12)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> BigInteger.ONE;
            case 2 -> BigInteger.ONE.negate();
            case 3 -> min;
            case 4 -> max;
            case 5 -> BigInteger.ONE.shiftLeft(random.nextInt(width));
            case 6 -> new BigInteger(width, random);
            case 7 -> BigInteger.valueOf(width - 1 + random.nextInt(3)); // shift amounts at the edge
            default -> BigInteger.valueOf(random.nextInt(25) - 8);
        };
        return wrap(v, width);
    }

    /** v modulo 2^width, in the signed range. */
    private static BigInteger wrap(BigInteger v, int width) {
        BigInteger modulus = BigInteger.ONE.shiftLeft(width);
        BigInteger r = v.mod(modulus);
        return r.testBit(width - 1) ? r.subtract(modulus) : r;
    }

    private String floatLiteral(GenType.Scalar s) {
        if (random.nextInt(5) < 2) return DECIMALS.get(random.nextInt(DECIMALS.size()));
        return hex(floatBits(s), s.width());
    }

    /** A bit pattern for the float format; every pattern is some value (maybe NaN) in every format. */
    private BigInteger floatBits(GenType.Scalar s) {
        int m = s.mantissaBits();
        BigInteger sign = s.signed() ? BigInteger.ONE.shiftLeft(s.width() - 1) : BigInteger.ZERO;
        BigInteger expAllOnes = BigInteger.ONE.shiftLeft(s.exponentBits()).subtract(BigInteger.ONE).shiftLeft(m);
        BigInteger one = BigInteger.ONE.shiftLeft(s.exponentBits() - 1).subtract(BigInteger.ONE).shiftLeft(m);
        BigInteger quietNan = m > 0 ? expAllOnes.setBit(m - 1) : expAllOnes;
        return switch (random.nextInt(14)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> sign; // -0.0
            case 2 -> one;
            case 3 -> expAllOnes; // inf in IEEE formats
            case 4 -> expAllOnes.or(sign);
            case 5 -> quietNan;
            case 6 -> quietNan.or(sign);
            case 7 -> BigInteger.ONE; // smallest denormal
            case 8 -> BigInteger.ONE.shiftLeft(m).subtract(BigInteger.ONE); // largest denormal
            case 9 -> BigInteger.ONE.shiftLeft(m); // smallest normal
            case 10 -> expAllOnes.subtract(BigInteger.ONE); // largest finite in IEEE formats
            case 11 -> one.or(sign);
            default -> new BigInteger(s.width(), random);
        };
    }

    private static String hex(BigInteger bits, int width) {
        String digits = bits.toString(16).toUpperCase(java.util.Locale.ROOT);
        int length = (width + 3) / 4;
        return "0x" + "0".repeat(Math.max(0, length - digits.length())) + digits;
    }
}
