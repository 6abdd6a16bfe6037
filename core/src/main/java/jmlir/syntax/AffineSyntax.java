package jmlir.syntax;

import jmlir.ir.AffineMapAttr;
import jmlir.ir.Attribute;
import jmlir.ir.IntegerSetAttr;

/** Reads {@code affine_map<...>} and {@code affine_set<...>}. */
final class AffineSyntax {
    private AffineSyntax() {
    }

    static Attribute parseAffineMapAttr(Parser p) {
        throw p.errorAtToken("affine maps are not supported yet");
    }

    static Attribute parseIntegerSetAttr(Parser p) {
        throw p.errorAtToken("integer sets are not supported yet");
    }

    static void printAffineMapAttr(AffineMapAttr attr, StringBuilder out) {
        out.append(attr);
    }

    static void printIntegerSetAttr(IntegerSetAttr attr, StringBuilder out) {
        out.append(attr);
    }
}
