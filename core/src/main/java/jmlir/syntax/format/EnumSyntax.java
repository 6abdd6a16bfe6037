package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.EnumAttr;
import jmlir.ir.EnumDef;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.syntax.AttrSyntax;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;


/**
 * How enums are written: as a bare case keyword when stored as integers ({@code slt}, from
 * ODS's I64EnumAttr), and as {@code <case>} after the mnemonic of an enum attribute
 * ({@code #arith.fastmath<nnan,ninf>}, {@code fastmath<fast>} in an op). Errors are mlir-opt's.
 */
public final class EnumSyntax {
    private EnumSyntax() {
    }

    /** Cases written as a keyword (or, when not a valid keyword, a string), stored as integers of {@code type}. */
    public static AttrSyntax keyword(EnumDef def, IntegerType type) {
        return new Keyword(def, type);
    }

    /** The body {@code <case>} of an enum attribute of {@code kind}. */
    public static AttrSyntax body(EnumAttr.Kind kind) {
        return new Body(kind);
    }

    /** Whether MLIR can print {@code s} as a bare keyword. */
    static boolean isKeyword(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (!(Character.isLetter(c) && c < 128 || c == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char d = s.charAt(i);
            if (!((d < 128 && Character.isLetterOrDigit(d)) || d == '_' || d == '$' || d == '.')) return false;
        }
        return true;
    }

    private static final class Keyword implements AttrSyntax {
        private final EnumDef def;
        private final IntegerType type;
        /** The case names that can be written bare (null where a case cannot). */
        private final String[] keywords;
        /** Each case as an attribute, made once. */
        private final IntegerAttr[] values;
        private final String[] printed;
        private final long[] printedValues;

        Keyword(EnumDef def, IntegerType type) {
            this.def = def;
            this.type = type;
            int n = def.cases().size();
            keywords = new String[n];
            values = new IntegerAttr[n];
            printed = new String[n];
            printedValues = new long[n];
            for (int i = 0; i < n; i++) {
                EnumDef.Case c = def.cases().get(i);
                boolean bare = isKeyword(c.name()) && (!def.isBitEnum() || Long.bitCount(c.value()) == 1);
                if (isKeyword(c.name())) keywords[i] = c.name();
                values[i] = IntegerAttr.of(type, c.value());
                printed[i] = bare ? c.name() : "\"" + c.name() + "\"";
                printedValues[i] = c.value();
            }
        }

        @Override
        public Attribute parse(OpAsmParser p, String attrName) {
            Attribute a = parseOptional(p, attrName);
            if (a == null) {
                throw p.emitError(p.currentOffset(), "expected string or keyword containing one of the following "
                        + "enum values for attribute '" + attrName + "' [" + def.caseList() + "]");
            }
            return a;
        }

        @Override
        public Attribute parseOptional(OpAsmParser p, String attrName) {
            int at = p.currentOffset();
            int index = p.parseOptionalKeywordIndex(keywords);
            if (index >= 0) return p.context().intern(values[index]);
            String text = p.parseOptionalString();
            if (text == null) return null;
            Long value = def.symbolize(text);
            if (value == null) {
                throw p.emitError(at, "invalid " + attrName + " attribute specification: \"" + text + "\"");
            }
            return p.context().intern(IntegerAttr.of(type, value));
        }

        @Override
        public void print(Attribute value, OpAsmPrinter p) {
            long v = ((IntegerAttr) value).value();
            for (int i = 0; i < printedValues.length; i++) {
                if (printedValues[i] == v) {
                    p.print(printed[i]);
                    return;
                }
            }
            String s = def.stringify(v);
            p.print("\"" + (s == null ? "" : s) + "\"");
        }
    }

    private static final class Body implements AttrSyntax {
        private final EnumAttr.Kind kind;
        private final String expected;
        private final String failed;
        private final String[] names;
        private final long[] caseValues;

        Body(EnumAttr.Kind kind) {
            this.kind = kind;
            EnumDef def = kind.cases();
            int n = def.cases().size();
            names = new String[n];
            caseValues = new long[n];
            for (int i = 0; i < n; i++) {
                names[i] = def.cases().get(i).name();
                caseValues[i] = def.cases().get(i).value();
            }
            this.expected = "expected " + def.cppName() + " to be one of: " + def.caseList();
            this.failed = "failed to parse " + kind.defName() + " parameter 'value' which is to be a `"
                    + def.cppName() + "`";
        }

        @Override
        public boolean isStripped() {
            return true;
        }

        @Override
        public Attribute parse(OpAsmParser p, String attrName) {
            if (kind.angled()) p.expect(TokenKind.LESS);
            EnumDef def = kind.cases();
            // The whole list is read first; a keyword that names no case is reported where it starts.
            int start = p.currentOffset();
            long value = 0;
            boolean known = true;
            do {
                int index = p.parseOptionalKeywordIndex(names);
                if (index >= 0) {
                    value |= caseValues[index];
                    continue;
                }
                String text = p.parseOptionalKeywordOrString();
                if (text == null) {
                    int at = p.currentOffset();
                    throw p.errors(p.emitError(at, "expected valid keyword or string"), p.emitError(at, failed));
                }
                Long v = def.caseValue(text);
                if (v == null) known = false;
                else value |= v;
            } while (def.isBitEnum() && p.consumeIf(TokenKind.COMMA));
            if (!known) throw p.errors(p.emitError(start, expected), p.emitError(p.currentOffset(), failed));
            if (kind.angled()) p.expect(TokenKind.GREATER);
            return p.context().intern(kind.get(value));
        }

        @Override
        public Attribute parseOptional(OpAsmParser p, String attrName) {
            boolean starts = kind.angled() ? p.at(TokenKind.LESS)
                    : p.at(TokenKind.BARE_IDENTIFIER) || p.at(TokenKind.STRING);
            return starts ? parse(p, attrName) : null;
        }

        @Override
        public void print(Attribute value, OpAsmPrinter p) {
            p.print(((EnumAttr) value).body());
        }
    }
}
