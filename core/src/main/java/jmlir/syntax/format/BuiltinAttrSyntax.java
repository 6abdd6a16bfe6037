package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.FloatFormat;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.StringAttr;
import jmlir.ir.Type;
import jmlir.syntax.AttrSyntax;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.TokenKind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** How formats write some builtin attributes: symbol names and dense arrays. */
public final class BuiltinAttrSyntax {
    private BuiltinAttrSyntax() {
    }

    /** A string written as a symbol name: {@code @name} (ODS's SymbolNameAttr). */
    public static final AttrSyntax SYMBOL_NAME = new AttrSyntax() {
        @Override
        public Attribute parse(OpAsmParser p, String attrName) {
            return p.context().intern(StringAttr.of(p.parseSymbolName()));
        }

        @Override
        public Attribute parseOptional(OpAsmParser p, String attrName) {
            return p.atSymbolName() ? parse(p, attrName) : null;
        }

        @Override
        public void print(Attribute value, OpAsmPrinter p) {
            p.printSymbolName(((StringAttr) value).value());
        }
    };

    /** {@code array<T: 1, 2>} written without its prefix: {@code [1, 2]}. */
    public static AttrSyntax denseArray(Type elementType) {
        return new DenseArraySyntax(elementType);
    }

    private record DenseArraySyntax(Type elementType) implements AttrSyntax {
        @Override
        public boolean isStripped() {
            return true;
        }

        @Override
        public Attribute parse(OpAsmParser p, String attrName) {
            p.expect(TokenKind.LSQUARE);
            List<Long> values = new ArrayList<>();
            if (!p.consumeIf(TokenKind.RSQUARE)) {
                do {
                    values.add(parseElement(p));
                } while (p.consumeIf(TokenKind.COMMA));
                p.expect(TokenKind.RSQUARE);
            }
            long[] raw = new long[values.size()];
            for (int i = 0; i < raw.length; i++) raw[i] = values.get(i);
            return p.context().intern(new DenseArrayAttr(elementType, raw));
        }

        private long parseElement(OpAsmParser p) {
            int at = p.currentOffset();
            if (elementType == IntegerType.I1) {
                if (p.consumeKeywordIf("true")) return 1;
                if (p.consumeKeywordIf("false")) return 0;
            }
            if (elementType instanceof FloatType ft) {
                if (p.at(TokenKind.MINUS) || p.at(TokenKind.FLOAT) || p.at(TokenKind.INTEGER)) {
                    if (p.parseAttribute(ft) instanceof jmlir.ir.FloatAttr f) return f.value().lo();
                }
                throw notValue(p, at, "expected floating point literal");
            }
            BigInteger v = p.at(TokenKind.MINUS) || p.at(TokenKind.INTEGER) ? p.parseOptionalInteger() : null;
            if (v == null) throw notValue(p, at, "expected integer value");
            return IntegerAttr.of(elementType, v).value();
        }

        /** MLIR reports the bad element, then the list it could not close. */
        private static ParseException notValue(OpAsmParser p, int at, String message) {
            return p.errors(p.emitError(at, message), p.errorAtToken("expected ']'"));
        }

        @Override
        public Attribute parseOptional(OpAsmParser p, String attrName) {
            return p.at(TokenKind.LSQUARE) ? parse(p, attrName) : null;
        }

        @Override
        public void print(Attribute value, OpAsmPrinter p) {
            DenseArrayAttr d = (DenseArrayAttr) value;
            StringBuilder sb = new StringBuilder().append('[');
            long[] values = d.values();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append(", ");
                if (d.elementType() instanceof FloatType ft) FloatFormat.print(FloatValue.fromBits(ft.kind(), values[i]), sb);
                else if (d.elementType() == IntegerType.I1) sb.append(values[i] != 0 ? "true" : "false");
                else sb.append(values[i]);
            }
            p.print(sb.append(']').toString());
        }
    }
}
