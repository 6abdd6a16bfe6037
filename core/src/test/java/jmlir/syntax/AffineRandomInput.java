package jmlir.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random, valid affine maps, integer sets and memref layouts as one op per line, from a
 * fixed seed. The text is checked in as {@code affine/random.mlir} next to what mlir-opt 22
 * prints for it; {@link #main} rewrites the input after a change here (then regenerate the
 * expected output with the command in its first line).
 *
 * <p>Expressions stay affine by construction: one side of every product and the right side of
 * every division and modulo is free of dimensions. Operators, constants (from tiny to the edges
 * of 64 bits), naming styles, parentheses and spacing vary, and some terms are built to trigger
 * the simplifications (merging like terms, {@code e - (e floordiv c) * c}, known divisors).
 */
final class AffineRandomInput {
    static final long SEED = 20260122L;
    static final int COUNT = 4000;

    private static final String[][] DIM_STYLES = {
            {"d0", "d1", "d2", "d3", "d4"}, {"i", "j", "k", "l", "m"}, {"x", "y", "z", "w", "v"},
            {"i0", "i1", "i2", "i3", "i4"}, {"row", "col", "depth", "batch", "lane"},
    };
    private static final String[][] SYM_STYLES = {
            {"s0", "s1", "s2", "s3"}, {"N", "M", "K", "P"}, {"n", "step", "size", "tile"},
    };
    private static final long[] DIVISORS = {1, 2, 3, 4, 5, 7, 8, 16, 32, 64, 128, 3, 4, 6, 12, 9};
    private static final long[] BIG = {
            Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62, (1L << 62) + 1, 1L << 32, 4294967295L, 1L << 31,
            3037000499L, 3037000500L, 1000000007L, 999999999999L,
    };

    private final Random rnd;
    private String[] dims;
    private String[] syms;

    AffineRandomInput(long seed) {
        this.rnd = new Random(seed);
    }

    /** An expression tree being generated; {@code prec} is 1 for sums, 2 for products, 3 for operands. */
    private record Node(String text, int prec, boolean hasDim) {
    }

    static String generate() {
        return generate(SEED, COUNT);
    }

    static String generate(long seed, int count) {
        AffineRandomInput g = new AffineRandomInput(seed);
        StringBuilder sb = new StringBuilder();
        sb.append("// Random affine maps and sets from AffineRandomInput (seed ").append(seed)
                .append("); random.expected.mlir holds what mlir-opt 22 prints.\n");
        for (int i = 0; i < count; i++) sb.append(g.line()).append('\n');
        return sb.toString();
    }

    private String line() {
        int kind = rnd.nextInt(20);
        if (kind < 3) return setLine();
        if (kind < 5) return layoutLine();
        return mapLine();
    }

    private void pickInputs(int maxDims, int maxSyms) {
        String[] ds = DIM_STYLES[rnd.nextInt(DIM_STYLES.length)];
        String[] ss = SYM_STYLES[rnd.nextInt(SYM_STYLES.length)];
        dims = new String[rnd.nextInt(maxDims + 1)];
        System.arraycopy(ds, 0, dims, 0, dims.length);
        syms = new String[rnd.nextInt(maxSyms + 1)];
        System.arraycopy(ss, 0, syms, 0, syms.length);
    }

    private String header() {
        StringBuilder sb = new StringBuilder("(");
        sb.append(String.join(rnd.nextBoolean() ? ", " : ",", dims)).append(')');
        if (syms.length > 0 || rnd.nextInt(10) == 0) {
            sb.append(rnd.nextInt(4) == 0 ? " [" : "[").append(String.join(", ", syms)).append(']');
        }
        return sb.toString();
    }

    private String mapLine() {
        pickInputs(4, 3);
        int n = rnd.nextInt(5);
        List<String> results = new ArrayList<>();
        for (int i = 0; i < n; i++) results.add(expr(1 + rnd.nextInt(5), true).text);
        return "\"t.m\"() {m = affine_map<" + header() + " -> (" + String.join(", ", results) + ")>} : () -> ()";
    }

    private String setLine() {
        pickInputs(4, 3);
        int n = rnd.nextInt(4);
        List<String> constraints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String op = switch (rnd.nextInt(3)) {
                case 0 -> " >= ";
                case 1 -> " <= ";
                default -> " == ";
            };
            String rhs = rnd.nextInt(3) == 0 ? "0" : expr(1 + rnd.nextInt(3), true).text;
            constraints.add(expr(1 + rnd.nextInt(4), true).text + op + rhs);
        }
        return "\"t.s\"() {s = affine_set<" + header() + " : (" + String.join(", ", constraints) + ")>} : () -> ()";
    }

    private String layoutLine() {
        pickInputs(4, 2);
        if (dims.length == 0 && rnd.nextBoolean()) dims = new String[]{"d0"};
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < dims.length; i++) shape.append(rnd.nextInt(4) == 0 ? "?" : 1 + rnd.nextInt(16)).append('x');
        int n = rnd.nextInt(4) == 0 ? dims.length : 1 + rnd.nextInt(3);
        List<String> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(rnd.nextInt(4) == 0 && i < dims.length ? dims[i] : expr(1 + rnd.nextInt(3), true).text);
        }
        String space = rnd.nextInt(3) == 0 ? ", " + (1 + rnd.nextInt(3)) : "";
        return "\"t.l\"() {l = memref<" + shape + "f32, affine_map<" + header() + " -> (" + String.join(", ", results)
                + ")>" + space + ">} : () -> ()";
    }

    // ---------------------------------------------------------------- expressions

    private Node expr(int depth, boolean allowDim) {
        if (depth <= 0 || rnd.nextInt(10) < 2) return leaf(allowDim);
        int choice = rnd.nextInt(20);
        if (choice < 6) {
            String op = rnd.nextBoolean() ? "+" : "-";
            return binary(expr(depth - 1, allowDim), op, expr(depth - 1, allowDim), 1);
        }
        if (choice < 9) {
            boolean dimLeft = allowDim && rnd.nextBoolean();
            boolean dimRight = allowDim && !dimLeft && rnd.nextBoolean();
            return binary(expr(depth - 1, dimLeft), "*", expr(depth - 1, dimRight), 2);
        }
        if (choice < 13) {
            String op = switch (rnd.nextInt(3)) {
                case 0 -> "floordiv";
                case 1 -> "ceildiv";
                default -> "mod";
            };
            return binary(expr(depth - 1, allowDim), op, divisor(depth - 1), 2);
        }
        if (choice < 15) return negate(expr(depth - 1, allowDim));
        if (choice < 17) return modPattern(depth - 1, allowDim);
        if (choice < 19) return likeTerms(depth - 1, allowDim);
        return paren(expr(depth - 1, allowDim));
    }

    /** {@code e - (e floordiv q) * q} and its variants, which MLIR turns into {@code e mod q} (or not). */
    private Node modPattern(int depth, boolean allowDim) {
        Node e = expr(depth, allowDim);
        Node q = rnd.nextInt(3) == 0 ? expr(1, false) : constant(DIVISORS[rnd.nextInt(DIVISORS.length)]);
        Node quotient = binary(e, "floordiv", q, 2);
        return switch (rnd.nextInt(4)) {
            case 0 -> binary(e, "-", binary(quotient, "*", q, 2), 1);
            case 1 -> binary(e, "-", binary(q, "*", quotient, 2), 1);
            case 2 -> binary(e, "+", binary(quotient, "*", negate(q), 2), 1);
            default -> binary(binary(quotient, "*", negate(q), 2), "+", e, 1);
        };
    }

    /** {@code c1 * e + c2 * e} in various spellings. */
    private Node likeTerms(int depth, boolean allowDim) {
        Node e = expr(depth, allowDim);
        Node a = smallConstant();
        Node b = smallConstant();
        Node left = rnd.nextBoolean() ? binary(e, "*", a, 2) : binary(a, "*", e, 2);
        Node right = rnd.nextInt(3) == 0 ? e : binary(e, "*", b, 2);
        return binary(left, rnd.nextBoolean() ? "+" : "-", right, 1);
    }

    private Node divisor(int depth) {
        int r = rnd.nextInt(20);
        if (r < 13) return constant(DIVISORS[rnd.nextInt(DIVISORS.length)]);
        if (r < 15) return negate(constant(DIVISORS[rnd.nextInt(DIVISORS.length)]));
        if (r < 16) return constant(0);
        return expr(Math.min(depth, 2), false);
    }

    private Node leaf(boolean allowDim) {
        int r = rnd.nextInt(10);
        if (allowDim && dims.length > 0 && r < 5) return new Node(dims[rnd.nextInt(dims.length)], 3, true);
        if (syms.length > 0 && r < 8) return new Node(syms[rnd.nextInt(syms.length)], 3, false);
        return rnd.nextInt(6) == 0 ? bigConstant() : smallConstant();
    }

    private Node smallConstant() {
        return constant(rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(130));
    }

    private Node bigConstant() {
        long v = BIG[rnd.nextInt(BIG.length)];
        if (rnd.nextInt(5) == 0) return new Node("0x" + Long.toHexString(v), 3, false);
        Node c = constant(v);
        return rnd.nextInt(3) == 0 ? negate(c) : c;
    }

    private static Node constant(long v) {
        return new Node(Long.toString(v), 3, false);
    }

    private Node negate(Node n) {
        Node operand = n.prec < 3 || rnd.nextInt(8) == 0 ? paren(n) : n;
        return new Node("-" + operand.text, 3, n.hasDim);
    }

    private static Node paren(Node n) {
        return new Node("(" + n.text + ")", 3, n.hasDim);
    }

    /** Joins two operands, adding the parentheses precedence and left associativity require. */
    private Node binary(Node l, String op, Node r, int prec) {
        Node left = l.prec < prec || rnd.nextInt(12) == 0 ? paren(l) : l;
        Node right = r.prec <= prec || rnd.nextInt(12) == 0 ? paren(r) : r;
        boolean keyword = Character.isLetter(op.charAt(0));
        String sep = keyword || rnd.nextInt(4) != 0 ? " " : "";
        return new Node(left.text + sep + op + sep + right.text, prec, l.hasDim || r.hasDim);
    }

    /** Arguments: output file (default: the checked-in input), then optionally a seed and a count. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/affine/random.mlir");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : COUNT;
        Files.writeString(out, generate(seed, count), StandardCharsets.UTF_8);
    }
}
