package jmlir.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import jmlir.ir.FloatFormat;
import jmlir.ir.FloatKind;
import jmlir.ir.FloatValue;
import org.junit.jupiter.api.Test;

/**
 * Computes every op of a random golden input with the numeric classes and compares with the
 * constant mlir-opt 22 folded it to. Cases where mlir-opt's folder takes a shortcut before
 * computing (x + -0 -> x, x * 1 -> x, max(x, x) -> x, ...) are left to the dialect's tests.
 */
class ArithmeticGoldenTest {
    @Test
    void computesWhatMlirOptFolds() throws IOException {
        List<FoldGolden> cases = FoldGolden.load("/numeric/arith.mlir", "/numeric/arith.expected.mlir");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (FoldGolden c : cases) {
            if (takesShortcut(c)) continue;
            String actual = fold(c);
            if (!java.util.Objects.equals(actual, c.expected())) failures.add(c + ", jmlir: " + actual);
            checked++;
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(failures).as("%d of %d differ", failures.size(), checked).isEmpty();
    }

    private static boolean takesShortcut(FoldGolden c) {
        if (c.operands().size() != 2 || c.op().equals("cmpf")) return false;
        FloatKind kind = FloatKind.fromKeyword(c.operandTypes().get(0));
        FloatValue a = FloatValue.parseLiteral(kind, c.operands().get(0));
        FloatValue b = FloatValue.parseLiteral(kind, c.operands().get(1));
        return switch (c.op()) {
            case "addf" -> FloatArithmetic.isNegativeZero(b);
            case "subf" -> FloatArithmetic.isPositiveZero(b);
            case "mulf", "divf" -> FloatArithmetic.isOne(b);
            case "maximumf", "minimumf", "maxnumf", "minnumf" -> a.equals(b) || b.isNaN() || b.isInfinite();
            default -> false;
        };
    }

    /** The literal the op folds to, or null when arith's folder would not fold it. */
    private static String fold(FoldGolden c) {
        String op = c.op();
        switch (op) {
            case "sitofp", "uitofp" -> {
                int width = width(c.operandTypes().get(0));
                BigInteger v = new BigInteger(c.operands().get(0));
                if (op.equals("uitofp")) v = v.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
                return FloatFormat.toString(FloatConversions.fromInteger(kind(c.resultType()), v));
            }
            case "bitcast" -> {
                return bitcast(c);
            }
            default -> {
            }
        }
        FloatKind kind = kind(c.operandTypes().get(0));
        FloatValue a = FloatValue.parseLiteral(kind, c.operands().get(0));
        FloatValue b = c.operands().size() > 1 ? FloatValue.parseLiteral(kind, c.operands().get(1)) : null;
        if (op.equals("cmpf")) {
            return Boolean.toString(FloatPredicate.fromKeyword(c.attributes()).test(FloatArithmetic.compare(a, b)));
        }
        if (op.equals("fptosi") || op.equals("fptoui")) {
            int width = width(c.resultType());
            IntegerResult i = FloatConversions.toInteger(a, width, op.equals("fptosi"), RoundingMode.TOWARD_ZERO);
            return i.isValid() ? intLiteral(i.value(), width) : null;
        }
        FloatValue r = switch (op) {
            case "addf" -> FloatArithmetic.add(a, b);
            case "subf" -> FloatArithmetic.subtract(a, b);
            case "mulf" -> FloatArithmetic.multiply(a, b);
            case "divf" -> FloatArithmetic.divide(a, b);
            case "remf" -> FloatArithmetic.mod(a, b).value();
            case "maximumf" -> FloatArithmetic.maximum(a, b);
            case "minimumf" -> FloatArithmetic.minimum(a, b);
            case "maxnumf" -> FloatArithmetic.maxnum(a, b);
            case "minnumf" -> FloatArithmetic.minnum(a, b);
            case "negf" -> FloatArithmetic.negate(a);
            case "extf", "truncf" -> {
                RoundingMode mode = c.attributes().isEmpty() ? RoundingMode.NEAREST_TIES_TO_EVEN
                        : RoundingMode.fromArithKeyword(c.attributes());
                ConversionResult conv = FloatConversions.convert(a, kind(c.resultType()), mode);
                yield conv.isLossless() ? conv.value() : null;
            }
            default -> throw new AssertionError(op);
        };
        return r == null ? null : FloatFormat.toString(r);
    }

    private static String bitcast(FoldGolden c) {
        String from = c.operandTypes().get(0);
        String to = c.resultType();
        BigInteger bits;
        if (from.startsWith("i")) {
            int width = width(from);
            bits = new BigInteger(c.operands().get(0)).and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
        } else {
            bits = FloatValue.parseLiteral(kind(from), c.operands().get(0)).bitsAsBigInteger();
        }
        if (to.startsWith("i")) return intLiteral(bits, width(to));
        FloatValue v = FloatValue.fromBits(kind(to), bits.longValue(), bits.shiftRight(64).longValue());
        return FloatFormat.toString(v);
    }

    /** How mlir-opt prints an integer constant of the width: signed decimal, i1 as true/false. */
    private static String intLiteral(BigInteger value, int width) {
        BigInteger bits = value.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
        if (width == 1) return bits.signum() != 0 ? "true" : "false";
        if (bits.testBit(width - 1)) bits = bits.subtract(BigInteger.ONE.shiftLeft(width));
        return bits.toString();
    }

    private static int width(String intType) {
        return Integer.parseInt(intType.substring(1));
    }

    private static FloatKind kind(String keyword) {
        FloatKind k = FloatKind.fromKeyword(keyword);
        assertThat(k).as(keyword).isNotNull();
        return k;
    }
}
