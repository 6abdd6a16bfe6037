package jmlir.syntax;

import jmlir.ir.FloatValue;

/** Placeholder until float printing lands. */
final class FloatFormat {
    private FloatFormat() {
    }

    static boolean print(FloatValue v, StringBuilder out) {
        out.append(String.format("%e", Double.longBitsToDouble(v.lo())));
        return false;
    }
}
