package jmlir.ir;

import jmlir.syntax.AttributePrinting;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypePrinting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The implementations of {@link ParamKind}. */
final class ParamKinds {
    private ParamKinds() {
    }

    static ParamKind integer(String cppType) {
        return new IntegerKind(cppType);
    }

    static ParamKind string(String cppType) {
        return new StringKind(cppType);
    }

    static ParamKind type(TypeConstraint constraint, String cppType) {
        return new TypeKind(constraint, cppType);
    }

    static ParamKind attribute(AttrConstraint constraint, String cppType) {
        return new AttributeKind(constraint, cppType);
    }

    record IntegerKind(String cppType) implements ParamKind {
        @Override
        public Object normalize(Object value) {
            return value instanceof Long || value instanceof Integer || value instanceof Short
                    ? Long.valueOf(((Number) value).longValue()) : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            Object v = parseOptional(parser);
            if (v == null) throw parser.error(parser.currentOffset(), "expected integer value");
            return v;
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            BigInteger v = parser.parseOptionalInteger();
            return v == null ? null : v.longValue();
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.print(value.toString());
        }
    }

    record BooleanKind() implements ParamKind {
        @Override
        public String cppType() {
            return "bool";
        }

        @Override
        public Object normalize(Object value) {
            return value instanceof Boolean ? value : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            Object v = parseOptional(parser);
            if (v == null) throw parser.error(parser.currentOffset(), "expected 'true' or 'false'");
            return v;
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            if (parser.consumeKeywordIf("true")) return Boolean.TRUE;
            if (parser.consumeKeywordIf("false")) return Boolean.FALSE;
            return null;
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.print(value.toString());
        }
    }

    record StringKind(String cppType) implements ParamKind {
        @Override
        public Object normalize(Object value) {
            return value instanceof String ? value : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            String v = parser.parseOptionalString();
            if (v == null) throw parser.error(parser.currentOffset(), "expected string");
            return v;
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            return parser.parseOptionalString();
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.printString((String) value);
        }
    }

    record TypeKind(TypeConstraint constraint, String cppType) implements ParamKind {
        @Override
        public Object normalize(Object value) {
            return value instanceof Type ? value : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            int at = parser.currentOffset();
            return checkKind(parser, at, parser.parseType());
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            int at = parser.currentOffset();
            Type t = parser.parseOptionalType();
            return t == null ? null : checkKind(parser, at, t);
        }

        private Type checkKind(OpAsmParser parser, int at, Type t) {
            if (constraint.kindName() != null && !constraint.isKind(t)) {
                throw parser.error(at, "invalid kind of type specified: expected " + constraint.kindName()
                        + ", but found '" + TypePrinting.toString(t) + "'");
            }
            return t;
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.printType((Type) value);
        }

        @Override
        public String constraint(Object value) {
            return constraint.accepts((Type) value) ? null : constraint.description();
        }
    }

    record AttributeKind(AttrConstraint constraint, String cppType) implements ParamKind {
        @Override
        public Object normalize(Object value) {
            return value instanceof Attribute ? value : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            int at = parser.currentOffset();
            return checkKind(parser, at, parser.parseAttribute(constraint.valueType()));
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            int at = parser.currentOffset();
            Attribute a = parser.parseOptionalAttribute(constraint.valueType());
            return a == null ? null : checkKind(parser, at, a);
        }

        private Attribute checkKind(OpAsmParser parser, int at, Attribute a) {
            if (!constraint.isKind(a)) {
                throw parser.error(at, "invalid kind of attribute specified");
            }
            return a;
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.printAttribute((Attribute) value);
        }

        @Override
        public String constraint(Object value) {
            return constraint.accepts((Attribute) value) ? null : constraint.description();
        }
    }

    /** A type or attribute of one definition, written stripped: {@code <1, 2>} rather than {@code !d.m<1, 2>}. */
    record DefinedKind(AttrOrTypeDef def) implements ParamKind {
        @Override
        public String cppType() {
            return def.cppType();
        }

        @Override
        public Object normalize(Object value) {
            return value instanceof Defined d && d.definition() == def ? value : null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            int at = parser.currentOffset();
            boolean full = def.isType() ? parser.at(TokenKind.EXCLAMATION_IDENTIFIER) : parser.at(TokenKind.HASH_IDENTIFIER);
            if (!full) return def.parseStripped(parser);
            Object value = def.isType() ? parser.parseType() : parser.parseAttribute(null);
            if (normalize(value) == null) {
                throw parser.error(at, "invalid kind of " + (def.isType() ? "type" : "attribute") + " specified: expected "
                        + def.name() + ", but found '" + text(value) + "'");
            }
            return value;
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            boolean full = parser.at(def.isType() ? TokenKind.EXCLAMATION_IDENTIFIER : TokenKind.HASH_IDENTIFIER);
            return full || def.startsStripped(parser) ? parse(parser) : null;
        }

        private static String text(Object value) {
            return value instanceof Type t ? TypePrinting.toString(t) : AttributePrinting.toString((Attribute) value);
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.printStripped(value);
        }

        @Override
        public void printQualified(Object value, DialectAsmPrinter printer) {
            if (value instanceof Type t) printer.printType(t);
            else printer.printAttribute((Attribute) value);
        }
    }

    record EnumKind(EnumDef cases) implements ParamKind {
        @Override
        public String cppType() {
            return cases.cppName();
        }

        @Override
        public Object normalize(Object value) {
            if (value instanceof String s) return cases.symbolize(s);
            if (value instanceof Number n && cases.isValid(n.longValue())) return n.longValue();
            return null;
        }

        @Override
        public Object parse(OpAsmParser parser) {
            int at = parser.currentOffset();
            if (parser.tokenKind() != TokenKind.BARE_IDENTIFIER) {
                throw parser.error(at, "expected keyword for " + cases.cppName());
            }
            String keyword = parser.parseKeyword("expected keyword");
            Long v = cases.symbolize(keyword);
            if (v == null) {
                throw parser.error(at, "expected " + cases.cppName() + " to be one of: " + cases.caseList());
            }
            return v;
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            return parser.tokenKind() == TokenKind.BARE_IDENTIFIER ? parse(parser) : null;
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            printer.print(cases.stringify((Long) value));
        }
    }

    record ArrayKind(ParamKind element) implements ParamKind {
        @Override
        public String cppType() {
            return "::llvm::ArrayRef<" + element.cppType() + ">";
        }

        @Override
        public Object normalize(Object value) {
            if (!(value instanceof List<?> list)) return null;
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                Object n = o == null ? null : element.normalize(o);
                if (n == null) return null;
                out.add(n);
            }
            return List.copyOf(out);
        }

        @Override
        public Object parse(OpAsmParser parser) {
            List<Object> values = new ArrayList<>();
            do {
                values.add(element.parse(parser));
            } while (parser.consumeIf(TokenKind.COMMA));
            return List.copyOf(values);
        }

        @Override
        public Object parseOptional(OpAsmParser parser) {
            Object first = element.parseOptional(parser);
            if (first == null) return null;
            List<Object> values = new ArrayList<>();
            values.add(first);
            while (parser.consumeIf(TokenKind.COMMA)) values.add(element.parse(parser));
            return List.copyOf(values);
        }

        @Override
        public void print(Object value, DialectAsmPrinter printer) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) printer.print(", ");
                element.print(list.get(i), printer);
            }
        }

        @Override
        public String constraint(Object value) {
            for (Object o : (List<?>) value) {
                String problem = element.constraint(o);
                if (problem != null) return problem;
            }
            return null;
        }
    }

    record CustomKind(String cppType, Function<OpAsmParser, Object> parser,
                      BiConsumer<Object, DialectAsmPrinter> printer) implements ParamKind {
        @Override
        public Object normalize(Object value) {
            return value;
        }

        @Override
        public Object parse(OpAsmParser p) {
            return parser.apply(p);
        }

        @Override
        public Object parseOptional(OpAsmParser p) {
            return parser.apply(p);
        }

        @Override
        public void print(Object value, DialectAsmPrinter p) {
            printer.accept(value, p);
        }
    }
}
