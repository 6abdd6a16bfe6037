package jmlir.dialect.affine;

import jmlir.ir.DenseArrayAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * MLIR's dynamic index list syntax, {@code (4, %n, 8)}: integers are static entries, SSA values
 * dynamic ones, which the static list marks with {@link #DYNAMIC}.
 */
final class DynamicIndexList {
    /** MLIR's ShapedType::kDynamic. */
    static final long DYNAMIC = Long.MIN_VALUE;

    private DynamicIndexList() {
    }

    /** What was read: the static entries, and the SSA values of the dynamic ones in order. */
    record Parsed(long[] statics, List<UnresolvedOperand> dynamics) {
    }

    /** {@code ( entry, ... )}, an entry being an SSA value or an integer. */
    static Parsed parse(OpAsmParser parser) {
        List<Long> statics = new ArrayList<>();
        List<UnresolvedOperand> dynamics = new ArrayList<>();
        try {
            parser.expect(TokenKind.LPAREN, "expected '(' in dynamic index list");
            if (!parser.consumeIf(TokenKind.RPAREN)) {
                do {
                    if (parser.atOperand()) {
                        dynamics.add(parser.parseOperand());
                        statics.add(DYNAMIC);
                    } else {
                        BigInteger v = parser.parseOptionalInteger();
                        if (v == null) throw parser.emitError(parser.currentOffset(), "expected integer value");
                        statics.add(v.longValue());
                    }
                } while (parser.consumeIf(TokenKind.COMMA));
                parser.expect(TokenKind.RPAREN, "expected ')' in dynamic index list");
            }
        } catch (ParseException e) {
            throw parser.errors(e, parser.emitError(parser.nameOffset(), "expected SSA value or integer"));
        }
        long[] values = new long[statics.size()];
        for (int i = 0; i < values.length; i++) values[i] = statics.get(i);
        return new Parsed(values, dynamics);
    }

    /** Writes the list, taking the dynamic entries from {@code dynamics} in order. */
    static void print(OpAsmPrinter printer, long[] statics, List<Value> dynamics) {
        printer.print("(");
        int next = 0;
        for (int i = 0; i < statics.length; i++) {
            if (i > 0) printer.print(", ");
            if (statics[i] == DYNAMIC && next < dynamics.size()) printer.printOperand(dynamics.get(next++));
            else printer.print(Long.toString(statics[i]));
        }
        printer.print(")");
    }

    static DenseArrayAttr attr(long[] statics) {
        return new DenseArrayAttr(IntegerType.I64, statics);
    }

    static long countDynamic(long[] statics) {
        long n = 0;
        for (long v : statics) if (v == DYNAMIC) n++;
        return n;
    }

    static final String MISMATCH = "mismatch between dynamic and static basis (kDynamic marker but no corresponding "
            + "dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite";
}
