package jmlir.syntax;

import jmlir.ir.AffineMapAttr;
import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.ComplexType;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.DistinctAttr;
import jmlir.ir.EnumAttr;
import jmlir.ir.FloatAttr;
import jmlir.ir.FloatFormat;
import jmlir.ir.FloatType;
import jmlir.ir.FloatValue;
import jmlir.ir.FunctionType;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerSetAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.MemRefType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.NoneType;
import jmlir.ir.OpaqueAttr;
import jmlir.ir.OpaqueType;
import jmlir.ir.RankedTensorType;
import jmlir.ir.ResourceHandle;
import jmlir.ir.ShapedType;
import jmlir.ir.StridedLayoutAttr;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.TupleType;
import jmlir.ir.Type;
import jmlir.ir.TypeAttr;
import jmlir.ir.UnitAttr;
import jmlir.ir.UnrankedMemRefType;
import jmlir.ir.UnrankedTensorType;
import jmlir.ir.VectorType;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Prints types and attributes in MLIR's syntax into a StringBuilder, using aliases
 * ({@code #map}, {@code #loc3}) where an {@link Aliases} table provides them.
 */
public final class AttrTypePrinter {
    final StringBuilder out;
    final PrintOptions options;
    private final Aliases aliases;
    private final DistinctIds distinctIds;
    /** Text of the composite types and attributes printed so far; made on first use (most printers print one type). */
    private java.util.IdentityHashMap<Type, String> typeText;
    private java.util.IdentityHashMap<Attribute, String> attributeText;
    /** How deep the op being printed is indented: where a new line in a type or attribute body starts. */
    int newlineIndent;
    /** Resources printed by this printer ({@code dense_resource<...>}), in print order. */
    final LinkedHashSet<ResourceHandle> resourceUses = new LinkedHashSet<>();

    AttrTypePrinter(StringBuilder out, PrintOptions options, Aliases aliases, DistinctIds distinctIds) {
        this.out = out;
        this.options = options;
        this.aliases = aliases;
        this.distinctIds = distinctIds;
    }

    /** A printer without aliases, for diagnostics and toString. */
    static AttrTypePrinter plain(StringBuilder out) {
        return new AttrTypePrinter(out, new PrintOptions(), Aliases.NONE, new DistinctIds());
    }

    // ---------------------------------------------------------------- types

    public void printType(Type type) {
        String alias = aliases.nameOf(type);
        if (alias != null) {
            out.append('!').append(alias);
            return;
        }
        if (type instanceof IntegerType || type instanceof FloatType || type instanceof IndexType) {
            printTypeWithoutAlias(type);
            return;
        }
        // Composite types recur on many ops: print each once, then copy its text.
        if (typeText == null) typeText = new java.util.IdentityHashMap<>();
        String text = typeText.get(type);
        if (text == null) {
            int start = out.length();
            printTypeWithoutAlias(type);
            String printed = out.substring(start);
            // A body with a new line depends on the indentation of the op it is printed in.
            if (printed.indexOf('\n') < 0) typeText.put(type, printed);
        } else {
            out.append(text);
        }
    }

    void printTypeWithoutAlias(Type type) {
        if (type instanceof IntegerType it) {
            out.append(it.prefix()).append(it.width());
        } else if (type instanceof IndexType) {
            out.append("index");
        } else if (type instanceof FloatType f) {
            out.append(f.kind().keyword());
        } else if (type instanceof NoneType) {
            out.append("none");
        } else if (type instanceof ComplexType c) {
            out.append("complex<");
            printType(c.elementType());
            out.append('>');
        } else if (type instanceof TupleType t) {
            out.append("tuple<");
            printTypeList(t.types());
            out.append('>');
        } else if (type instanceof FunctionType f) {
            printFunctionType(f);
        } else if (type instanceof VectorType v) {
            out.append("vector<");
            for (int i = 0; i < v.shape().length; i++) {
                if (v.scalableDims()[i]) out.append('[').append(v.shape()[i]).append(']');
                else out.append(v.shape()[i]);
                out.append('x');
            }
            printType(v.elementType());
            out.append('>');
        } else if (type instanceof RankedTensorType t) {
            out.append("tensor<");
            printDims(t.shape());
            printType(t.elementType());
            if (t.encoding() != null) {
                out.append(", ");
                printAttribute(t.encoding());
            }
            out.append('>');
        } else if (type instanceof UnrankedTensorType t) {
            out.append("tensor<*x");
            printType(t.elementType());
            out.append('>');
        } else if (type instanceof MemRefType m) {
            out.append("memref<");
            printDims(m.shape());
            printType(m.elementType());
            if (m.layout() != null) {
                out.append(", ");
                printAttribute(m.layout());
            }
            if (m.memorySpace() != null) {
                out.append(", ");
                printAttribute(m.memorySpace(), true);
            }
            out.append('>');
        } else if (type instanceof UnrankedMemRefType m) {
            out.append("memref<*x");
            printType(m.elementType());
            if (m.memorySpace() != null) {
                out.append(", ");
                printAttribute(m.memorySpace(), true);
            }
            out.append('>');
        } else if (type instanceof OpaqueType o) {
            printDialectSymbol('!', o.dialect(), o.body());
        } else if (type instanceof jmlir.ir.DefinedType d) {
            printDefined('!', d);
        } else {
            out.append(type);
        }
    }

    private void printDims(long[] shape) {
        for (long d : shape) {
            if (d == ShapedType.DYNAMIC) out.append('?');
            else out.append(d);
            out.append('x');
        }
    }

    void printTypeList(List<Type> types) {
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) out.append(", ");
            printType(types.get(i));
        }
    }

    void printFunctionType(FunctionType f) {
        out.append('(');
        printTypeList(f.inputs());
        out.append(") -> ");
        printFunctionResults(f.results());
    }

    /** A single non-function result prints bare; anything else in parentheses. */
    void printFunctionResults(List<Type> results) {
        if (results.size() == 1 && !(results.get(0) instanceof FunctionType)) {
            printType(results.get(0));
            return;
        }
        out.append('(');
        printTypeList(results);
        out.append(')');
    }

    /**
     * {@code !dialect.mnemonic<body>} of a defined type or attribute, or {@code !dialect<mnemonic body>}
     * when the body is not simple enough for the pretty form.
     */
    private void printDefined(char prefix, jmlir.ir.Defined d) {
        jmlir.ir.AttrOrTypeDef def = d.definition();
        out.append(prefix).append(def.dialect()).append('.');
        int bodyAt = out.length();
        out.append(def.mnemonic());
        def.assembly().print(d, bodyPrinter());
        if (!isPrettyDialectBody(out.substring(bodyAt))) {
            out.setCharAt(bodyAt - 1, '<');
            out.append('>');
        }
    }

    private DialectAsmPrinter bodyPrinter;

    /** Writes the bodies of defined types and attributes into this printer's output. */
    private DialectAsmPrinter bodyPrinter() {
        if (bodyPrinter == null) {
            bodyPrinter = new DialectAsmPrinter() {
                @Override
                public DialectAsmPrinter print(String text) {
                    out.append(text);
                    return this;
                }

                @Override
                public void printType(Type type) {
                    AttrTypePrinter.this.printType(type);
                }

                @Override
                public void printAttribute(Attribute attr) {
                    AttrTypePrinter.this.printAttribute(attr);
                }

                @Override
                public void printString(String value) {
                    AttrTypePrinter.this.printString(value);
                }

                @Override
                public void printStripped(Object value) {
                    String alias = aliases.nameOf(value);
                    if (alias != null) {
                        out.append(value instanceof Type ? '!' : '#').append(alias);
                    } else if (value instanceof jmlir.ir.Defined d) {
                        d.definition().assembly().print(d, this);
                    } else if (value instanceof Type t) {
                        printType(t);
                    } else {
                        printAttribute((Attribute) value);
                    }
                }

                @Override
                public void printNewline() {
                    out.append('\n');
                    for (int i = 0; i < newlineIndent; i++) out.append(' ');
                }
            };
        }
        return bodyPrinter;
    }

    private void printDialectSymbol(char prefix, String dialect, String body) {
        out.append(prefix).append(dialect);
        if (isPrettyDialectBody(body)) out.append('.').append(body);
        else out.append('<').append(body).append('>');
    }

    private static boolean isPrettyDialectBody(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (!(Lexer.isLetter(c) || c == '_')) return false;
        int i = 1;
        while (i < s.length()) {
            char d = s.charAt(i);
            if (Lexer.isLetter(d) || Lexer.isDigit(d) || d == '_' || d == '.') i++;
            else break;
        }
        if (i == s.length()) return true;
        return s.charAt(i) == '<' && s.charAt(s.length() - 1) == '>';
    }

    // ---------------------------------------------------------------- attributes

    public void printAttribute(Attribute attr) {
        printAttribute(attr, false);
    }

    /**
     * Prints an attribute; with {@code elideType}, i64 integers and f64 floats omit their type,
     * as MLIR does inside arrays.
     */
    void printAttribute(Attribute attr, boolean elideType) {
        String alias = aliases.nameOf(attr);
        if (alias != null) {
            out.append('#').append(alias);
            return;
        }
        if (!(attr instanceof DictionaryAttr || attr instanceof ArrayAttr)) {
            printAttributeWithoutAlias(attr, elideType);
            return;
        }
        // Dictionaries and arrays recur on many ops (the parser shares repeated ones): print
        // each once, then copy its text.
        if (attributeText == null) attributeText = new java.util.IdentityHashMap<>();
        String text = attributeText.get(attr);
        if (text == null) {
            int start = out.length();
            printAttributeWithoutAlias(attr, elideType);
            String printed = out.substring(start);
            if (printed.indexOf('\n') < 0) attributeText.put(attr, printed);
        } else {
            out.append(text);
        }
    }

    /** An attribute without the type it would print after {@code :} (MLIR's "must elide"). */
    void printAttributeWithoutType(Attribute attr) {
        String alias = aliases.nameOf(attr);
        if (alias != null) {
            out.append('#').append(alias);
            return;
        }
        if (attr instanceof IntegerAttr ia && ia.isBool()) {
            out.append(ia.value() != 0 ? "true" : "false");
        } else if (attr instanceof IntegerAttr ia) {
            appendIntegerValue(ia);
        } else if (attr instanceof FloatAttr fa) {
            FloatFormat.print(fa.value(), out);
        } else if (attr instanceof StringAttr sa) {
            printString(sa.value());
        } else {
            printAttributeWithoutAlias(attr, false);
        }
    }

    void printAttributeWithoutAlias(Attribute attr, boolean elideType) {
        if (attr instanceof IntegerAttr ia) {
            printInteger(ia, elideType);
        } else if (attr instanceof FloatAttr fa) {
            FloatFormat.print(fa.value(), out);
            if (!(elideType && fa.type() == FloatType.F64)) {
                out.append(" : ");
                printType(fa.type());
            }
        } else if (attr instanceof StringAttr s) {
            printString(s.value());
            if (s.type() != null) {
                out.append(" : ");
                printType(s.type());
            }
        } else if (attr instanceof UnitAttr) {
            out.append("unit");
        } else if (attr instanceof ArrayAttr a) {
            out.append('[');
            List<Attribute> elements = a.elements();
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) out.append(", ");
                printAttribute(elements.get(i), true);
            }
            out.append(']');
        } else if (attr instanceof DictionaryAttr d) {
            out.append('{');
            printDictionaryEntries(d.entries());
            out.append('}');
        } else if (attr instanceof TypeAttr t) {
            printType(t.type());
        } else if (attr instanceof SymbolRefAttr s) {
            printSymbolName(s.root());
            for (String n : s.nested()) {
                out.append("::");
                printSymbolName(n);
            }
        } else if (attr instanceof StridedLayoutAttr s) {
            out.append("strided<[");
            for (int i = 0; i < s.strides().length; i++) {
                if (i > 0) out.append(", ");
                printDynamic(s.strides()[i]);
            }
            out.append(']');
            if (s.offset() != 0) {
                out.append(", offset: ");
                printDynamic(s.offset());
            }
            out.append('>');
        } else if (attr instanceof DistinctAttr d) {
            out.append("distinct[").append(distinctIds.idOf(d)).append("]<");
            if (!(d.referenced() instanceof UnitAttr)) printAttribute(d.referenced());
            out.append('>');
        } else if (attr instanceof OpaqueAttr o) {
            printDialectSymbol('#', o.dialect(), o.body());
            if (o.type() != null && !(o.type() instanceof NoneType)) {
                out.append(" : ");
                printType(o.type());
            }
        } else if (attr instanceof jmlir.ir.DefinedAttr d) {
            printDefined('#', d);
        } else if (attr instanceof jmlir.ir.DialectAttribute d) {
            if (d instanceof jmlir.ir.ResourceUser user) resourceUses.addAll(user.resourceHandles());
            printDialectSymbol('#', d.dialect(), d.body());
            if (d.type() != null) {
                out.append(" : ");
                printType(d.type());
            }
        } else if (attr instanceof DenseArrayAttr d) {
            printDenseArray(d);
        } else if (attr instanceof EnumAttr e) {
            e.appendTo(out);
        } else if (attr instanceof Location l) {
            printLocation(l, false);
        } else if (attr instanceof AffineMapAttr m) {
            AffineSyntax.printAffineMapAttr(m, out);
        } else if (attr instanceof IntegerSetAttr s) {
            AffineSyntax.printIntegerSetAttr(s, out);
        } else {
            DenseSyntax.print(attr, this);
        }
    }

    private void printDynamic(long v) {
        if (v == ShapedType.DYNAMIC) out.append('?');
        else out.append(v);
    }

    private void printInteger(IntegerAttr ia, boolean elideType) {
        if (ia.isBool()) {
            out.append(ia.value() != 0 ? "true" : "false");
            return;
        }
        appendIntegerValue(ia);
        if (elideType && ia.type() == IntegerType.I64) return;
        out.append(" : ");
        printType(ia.type());
    }

    void appendIntegerValue(IntegerAttr ia) {
        ia.appendDecimal(out);
    }

    void printDictionaryEntries(List<NamedAttribute> entries) {
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) out.append(", ");
            NamedAttribute e = entries.get(i);
            printKeyword(e.name());
            if (!(e.value() instanceof UnitAttr)) {
                out.append(" = ");
                printAttribute(e.value());
            }
        }
    }

    /** A dictionary key: bare when it is an identifier, else a string literal. */
    void printKeyword(String name) {
        if (isBareIdentifier(name)) out.append(name);
        else printString(name);
    }

    void printSymbolName(String name) {
        out.append('@');
        if (isBareIdentifier(name)) out.append(name);
        else printString(name);
    }

    static boolean isBareIdentifier(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (!(Lexer.isLetter(c) || c == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char d = s.charAt(i);
            if (!(Lexer.isLetter(d) || Lexer.isDigit(d) || d == '_' || d == '$' || d == '.')) return false;
        }
        return true;
    }

    /** A key or name as MLIR prints one: bare when it is an identifier, else a string literal. */
    public static String keywordOrString(String name) {
        if (isBareIdentifier(name)) return name;
        StringBuilder quoted = new StringBuilder(name.length() + 2);
        appendString(quoted, name);
        return quoted.toString();
    }

    /** Prints a byte string as MLIR does: printable ASCII as is, other bytes as {@code \XX}. */
    void printString(String bytes) {
        appendString(out, bytes);
    }

    /** A string literal as MLIR prints one, quoted and escaped. */
    static String quoted(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length() + 2);
        appendString(sb, bytes);
        return sb.toString();
    }

    private static void appendString(StringBuilder out, String bytes) {
        out.append('"');
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c <= 0x7e && c != '"') {
                out.append(c);
            } else {
                out.append('\\').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private void printDenseArray(DenseArrayAttr d) {
        out.append("array<");
        printType(d.elementType());
        long[] values = d.values();
        if (values.length > 0) out.append(": ");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append(", ");
            if (d.elementType() instanceof FloatType ft) {
                FloatFormat.print(FloatValue.fromBits(ft.kind(), values[i]), out);
            } else if (d.elementType() == IntegerType.I1) {
                out.append(values[i] != 0 ? "true" : "false");
            } else {
                out.append(values[i]);
            }
        }
        out.append('>');
    }

    // ---------------------------------------------------------------- locations

    /**
     * Prints a trailing location: {@code loc(...)} or {@code loc(#alias)}, or in the pretty form
     * ({@code --mlir-pretty-debuginfo}) without the wrapper.
     */
    void printLocation(Location loc, boolean allowAlias) {
        String alias = allowAlias ? aliases.nameOf(loc) : null;
        if (!options.prettyDebugInfo) out.append("loc(");
        if (alias != null) out.append('#').append(alias);
        else printLocationBody(loc);
        if (!options.prettyDebugInfo) out.append(')');
    }

    /**
     * The location without the {@code loc( )} wrapper; nested locations may use aliases. The
     * pretty form ({@code --mlir-pretty-debuginfo}) is for reading, not for parsing back: file
     * names unquoted, call sites on two lines, no {@code fused} keyword.
     */
    void printLocationBody(Location loc) {
        boolean pretty = options.prettyDebugInfo;
        if (loc instanceof Location.Unknown) {
            out.append(pretty ? "[unknown]" : "unknown");
        } else if (loc instanceof Location.FileLineCol f) {
            if (pretty) out.append(f.file());
            else printString(f.file());
            out.append(':').append(Integer.toUnsignedString(f.line())).append(':')
                    .append(Integer.toUnsignedString(f.column()));
            if (!f.isPoint()) {
                out.append(" to ");
                if (f.endLine() != f.line()) out.append(Integer.toUnsignedString(f.endLine()));
                out.append(':').append(Integer.toUnsignedString(f.endColumn()));
            }
        } else if (loc instanceof Location.Name n) {
            printString(n.name());
            if (n.child() != null && !(n.child() instanceof Location.Unknown)) {
                out.append('(');
                printNestedLocation(n.child());
                out.append(')');
            }
        } else if (loc instanceof Location.CallSite c) {
            if (!pretty) out.append("callsite(");
            printNestedLocation(c.callee());
            // Pretty call sites take two lines, but a name called from a file position stays on one.
            boolean oneLine = c.callee() instanceof Location.Name && c.caller() instanceof Location.FileLineCol;
            out.append(pretty && !oneLine ? "\n at " : " at ");
            printNestedLocation(c.caller());
            if (!pretty) out.append(')');
        } else if (loc instanceof Location.Fused f) {
            if (!pretty) out.append("fused");
            if (f.metadata() != null) {
                out.append('<');
                printAttribute(f.metadata());
                out.append('>');
            }
            out.append('[');
            for (int i = 0; i < f.locations().size(); i++) {
                if (i > 0) out.append(", ");
                printNestedLocation(f.locations().get(i));
            }
            out.append(']');
        } else if (loc instanceof jmlir.ir.DefinedLocation d) {
            // Written as the attribute it is, by its alias if it has one (even at top level).
            printAttribute(d);
        }
    }

    private void printNestedLocation(Location loc) {
        String alias = aliases.nameOf(loc);
        if (alias != null) out.append('#').append(alias);
        else printLocationBody(loc);
    }
}
