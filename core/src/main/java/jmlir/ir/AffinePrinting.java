package jmlir.ir;

import java.util.List;

/** Writes affine expressions, maps and integer sets in MLIR's textual form. */
final class AffinePrinting {
    private AffinePrinting() {
    }

    static void print(AffineExpr e, StringBuilder out) {
        print(e, out, false, null);
    }

    /** Like {@link #print(AffineExpr, StringBuilder)}, with dimensions and symbols written by {@code leaves}. */
    static void print(AffineExpr e, StringBuilder out, AffineExpr.LeafPrinter leaves) {
        print(e, out, false, leaves);
    }

    /**
     * {@code tight} is set where the expression is an operand of a multiplicative operator, so a
     * compound expression needs parentheses.
     */
    private static void print(AffineExpr e, StringBuilder out, boolean tight, AffineExpr.LeafPrinter leaves) {
        if (e instanceof AffineDimExpr d) {
            if (leaves == null) out.append('d').append(d.position());
            else leaves.print(d, out);
        } else if (e instanceof AffineSymbolExpr s) {
            if (leaves == null) out.append('s').append(s.position());
            else leaves.print(s, out);
        } else if (e instanceof AffineConstantExpr c) {
            out.append(c.value());
        } else if (e instanceof AffineBinaryOpExpr b) {
            if (tight) out.append('(');
            if (b.kind() == AffineExprKind.ADD) printSum(b, out, leaves);
            else printProductOrQuotient(b, out, leaves);
            if (tight) out.append(')');
        }
    }

    private static void printProductOrQuotient(AffineBinaryOpExpr b, StringBuilder out, AffineExpr.LeafPrinter leaves) {
        if (b.kind() == AffineExprKind.MUL && b.rhs() instanceof AffineConstantExpr(long c) && c == -1) {
            out.append('-');
            print(b.lhs(), out, true, leaves);
            return;
        }
        print(b.lhs(), out, true, leaves);
        out.append(b.kind().spelling());
        print(b.rhs(), out, true, leaves);
    }

    /** A sum whose right operand is negative prints as a subtraction. */
    private static void printSum(AffineBinaryOpExpr b, StringBuilder out, AffineExpr.LeafPrinter leaves) {
        AffineExpr rhs = b.rhs();
        if (rhs instanceof AffineBinaryOpExpr r && r.kind() == AffineExprKind.MUL
                && r.rhs() instanceof AffineConstantExpr(long c) && c < 0) {
            print(b.lhs(), out, false, leaves);
            out.append(" - ");
            if (c == -1) {
                print(r.lhs(), out, r.lhs().kind() == AffineExprKind.ADD, leaves);
            } else {
                print(r.lhs(), out, true, leaves);
                out.append(" * ").append(-c);
            }
            return;
        }
        if (rhs instanceof AffineConstantExpr(long c) && c < 0) {
            print(b.lhs(), out, false, leaves);
            out.append(" - ").append(-c);
            return;
        }
        print(b.lhs(), out, false, leaves);
        out.append(" + ");
        print(rhs, out, false, leaves);
    }

    /** {@code (d0, d1)[s0]}. */
    static void printHeader(int numDims, int numSymbols, StringBuilder out) {
        out.append('(');
        for (int i = 0; i < numDims; i++) {
            if (i > 0) out.append(", ");
            out.append('d').append(i);
        }
        out.append(')');
        if (numSymbols > 0) {
            out.append('[');
            for (int i = 0; i < numSymbols; i++) {
                if (i > 0) out.append(", ");
                out.append('s').append(i);
            }
            out.append(']');
        }
    }

    static void printMap(AffineMap map, StringBuilder out) {
        printHeader(map.numDims(), map.numSymbols(), out);
        out.append(" -> (");
        List<AffineExpr> results = map.results();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) out.append(", ");
            print(results.get(i), out, false, null);
        }
        out.append(')');
    }

    static void printSet(IntegerSet set, StringBuilder out) {
        printHeader(set.numDims(), set.numSymbols(), out);
        out.append(" : (");
        for (int i = 0; i < set.numConstraints(); i++) {
            if (i > 0) out.append(", ");
            print(set.constraint(i), out, false, null);
            out.append(set.isEq(i) ? " == 0" : " >= 0");
        }
        out.append(')');
    }
}
