package jmlir.ir;

import jmlir.syntax.AttrOrTypeAssembly;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TokenKind;
import jmlir.syntax.format.DefFormat;
import jmlir.syntax.format.ParamDirective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A type or attribute defined as data, as ODS's TypeDef and AttrDef: a mnemonic, typed
 * parameters, how the parameters are written (a declarative format such as
 * {@code `<` $width `,` $signed `>`}, or Java hooks) and a verifier. Its dialect registers it
 * ({@link Dialect#addTypes}, {@link Dialect#addAttributes}) so that the parser reads
 * {@code !dialect.mnemonic<...>} (or {@code #dialect.mnemonic<...>}) into instances and the
 * printer writes them back.
 */
public abstract sealed class AttrOrTypeDef permits TypeDef, AttrDef {
    private final String dialect;
    private final String mnemonic;
    private final String cppName;
    private final List<ParamSpec> parameters;
    private final Map<String, Integer> parameterIndex = new HashMap<>();
    private final String summary;
    private final Function<Defined, String> verifier;
    private final Function<Defined, String> alias;
    private final AttrOrTypeAssembly assembly;

    AttrOrTypeDef(Builder<?> b) {
        int dot = b.name.indexOf('.');
        if (dot <= 0 || dot == b.name.length() - 1) {
            throw new IllegalArgumentException("expected 'dialect.mnemonic', got '" + b.name + "'");
        }
        this.dialect = b.name.substring(0, dot);
        this.mnemonic = b.name.substring(dot + 1);
        this.cppName = b.cppName != null ? b.cppName : defaultCppName(mnemonic, isType());
        this.parameters = List.copyOf(b.parameters);
        for (int i = 0; i < parameters.size(); i++) {
            if (parameterIndex.putIfAbsent(parameters.get(i).name(), i) != null) {
                throw new IllegalArgumentException("duplicate parameter '" + parameters.get(i).name() + "' in " + b.name);
            }
        }
        this.summary = b.summary;
        this.verifier = b.verifier;
        this.alias = b.alias;
        if (b.parseHook != null || b.printHook != null) {
            if (b.parseHook == null || b.printHook == null || b.format != null) {
                throw new IllegalArgumentException(b.name + ": give both a parser and a printer hook, and no format");
            }
            this.assembly = new Hooks(b.parseHook, b.printHook);
        } else {
            String format = b.format != null ? b.format : parameters.isEmpty() ? "" : "`<` params `>`";
            this.assembly = DefFormat.compile(this, format, b.directives);
        }
    }

    private static String defaultCppName(String mnemonic, boolean type) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (char c : mnemonic.toCharArray()) {
            if (c == '_' || c == '.') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.append(type ? "Type" : "Attr").toString();
    }

    /** {@code dialect.mnemonic} */
    public String name() {
        return dialect + "." + mnemonic;
    }

    public String dialect() {
        return dialect;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** The definition's name in MLIR's messages ("failed to parse {cppName} parameter ..."). */
    public String cppName() {
        return cppName;
    }

    /** The C++ class messages name when this is the kind of another definition's parameter. */
    String cppType() {
        return "::" + dialect + "::" + cppName;
    }

    /** What constraints over this definition's instances say in errors (ODS's summary). */
    public String summary() {
        return summary;
    }

    public List<ParamSpec> parameters() {
        return parameters;
    }

    /** The index of the parameter {@code name}, or -1. */
    public int parameterIndex(String name) {
        Integer i = parameterIndex.get(name);
        return i == null ? -1 : i;
    }

    public AttrOrTypeAssembly assembly() {
        return assembly;
    }

    /** The alias name {@code instance} prints under ({@code test_ui8}), or null. */
    public String alias(Defined instance) {
        return alias == null ? null : alias.apply(instance);
    }

    abstract boolean isType();

    /** Makes the instance (through the typed factory, if any) without checks or interning. */
    abstract Defined create(List<Object> values);

    /**
     * Why {@code instance} is invalid, in mlir-opt's words ("failed to verify 'width': ..." or
     * the verifier's message), or null when it is valid.
     */
    public String verify(Defined instance) {
        for (int i = 0; i < parameters.size(); i++) {
            Object v = instance.parameter(i);
            if (v == null) continue;
            String problem = parameters.get(i).kind().constraint(v);
            if (problem != null) return "failed to verify '" + parameters.get(i).name() + "': " + problem;
        }
        return verifier == null ? null : verifier.apply(instance);
    }

    /**
     * The interned instance with {@code values} (one per parameter, in order; null for absent
     * optional ones, which then take their default). Throws IllegalArgumentException when a
     * value is of the wrong kind or the instance does not verify.
     */
    Defined instance(Context context, Object[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(name() + " takes " + parameters.size() + " parameters, got " + values.length);
        }
        List<Object> normalized = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            ParamSpec p = parameters.get(i);
            Object v = values[i] == null ? p.defaultValue() : values[i];
            if (v == null) {
                if (!p.optional()) throw new IllegalArgumentException(name() + ": parameter '" + p.name() + "' is required");
                normalized.add(null);
                continue;
            }
            Object n = p.kind().normalize(v);
            if (n == null) {
                throw new IllegalArgumentException(name() + ": parameter '" + p.name() + "' expects a "
                        + p.kind().cppType() + ", got " + v.getClass().getSimpleName() + " " + v);
            }
            normalized.add(n);
        }
        Defined d = create(normalized);
        String problem = verify(d);
        if (problem != null) throw new IllegalArgumentException(name() + ": " + problem);
        return context.intern(d);
    }

    /**
     * Reads the body of an instance (what follows the mnemonic) and returns the interned,
     * verified instance; verification errors are reported where the body starts.
     */
    public Defined parse(OpAsmParser parser) {
        int at = parser.currentOffset();
        Object[] values = assembly.parse(parser);
        for (int i = 0; i < values.length; i++) {
            ParamSpec p = parameters.get(i);
            if (values[i] == null) {
                values[i] = p.defaultValue();
            } else {
                // Hooks may return, say, an Integer for an integer parameter.
                Object v = p.kind().normalize(values[i]);
                if (v == null) {
                    throw new IllegalStateException(name() + ": the parser gave '" + p.name() + "' a "
                            + values[i].getClass().getSimpleName() + ", not a " + p.kind().cppType());
                }
                values[i] = v;
            }
        }
        Defined d = create(Arrays.asList(values));
        String problem = verify(d);
        if (problem != null) throw parser.error(at, problem);
        return parser.context().intern(d);
    }

    /** As a parameter of another definition: reads the body only ({@code <1, 2>}). */
    Defined parseStripped(OpAsmParser parser) {
        return parse(parser);
    }

    /** Whether a stripped body plausibly starts at the parser's token (its opening bracket). */
    boolean startsStripped(OpAsmParser parser) {
        return parser.at(TokenKind.LESS);
    }

    @Override
    public String toString() {
        return name();
    }

    /** Reads and writes the body with Java code. */
    private record Hooks(Function<OpAsmParser, List<Object>> parse, BiConsumer<Defined, DialectAsmPrinter> print)
            implements AttrOrTypeAssembly {
        @Override
        public Object[] parse(OpAsmParser parser) {
            return parse.apply(parser).toArray();
        }

        @Override
        public void print(Defined value, DialectAsmPrinter printer) {
            print.accept(value, printer);
        }
    }

    /** What {@link TypeDef.Builder} and {@link AttrDef.Builder} share. */
    @SuppressWarnings("unchecked")
    public abstract static class Builder<B extends Builder<B>> {
        final String name;
        String cppName;
        String summary = "";
        final List<ParamSpec> parameters = new ArrayList<>();
        String format;
        final Map<String, ParamDirective> directives = new HashMap<>();
        Function<OpAsmParser, List<Object>> parseHook;
        BiConsumer<Defined, DialectAsmPrinter> printHook;
        Function<Defined, String> verifier;
        Function<Defined, String> alias;

        Builder(String name) {
            this.name = name;
        }

        /** The name MLIR's messages use for the definition ({@code TestTypeWithFormat}); by default from the mnemonic. */
        public B cppName(String cppName) {
            this.cppName = cppName;
            return (B) this;
        }

        /** A one-line description, as ODS's summary: what constraint errors say about the instances. */
        public B summary(String summary) {
            this.summary = summary;
            return (B) this;
        }

        /** A required parameter. */
        public B parameter(String name, ParamKind kind) {
            parameters.add(new ParamSpec(name, kind, false, null));
            return (B) this;
        }

        /** A parameter that may be absent (null), as ODS's OptionalParameter. */
        public B optionalParameter(String name, ParamKind kind) {
            parameters.add(new ParamSpec(name, kind, true, null));
            return (B) this;
        }

        /** A parameter that is {@code defaultValue} when not written, as ODS's DefaultValuedParameter. */
        public B defaultedParameter(String name, ParamKind kind, Object defaultValue) {
            Object v = kind.normalize(defaultValue);
            if (v == null) throw new IllegalArgumentException("default of '" + name + "' is not a " + kind.cppType());
            parameters.add(new ParamSpec(name, kind, false, v));
            return (B) this;
        }

        /**
         * The declarative assembly format of the body, as ODS's {@code assemblyFormat}:
         * literals, {@code $param}, {@code params}, {@code struct(...)}, {@code qualified(...)},
         * optional groups and {@code custom<Name>(...)}. Without a format (and hooks), a
         * definition with parameters is written {@code <p0, p1>}.
         */
        public B format(String format) {
            this.format = format;
            return (B) this;
        }

        /** The Java side of {@code custom<name>(...)} in the format. */
        public B directive(String name, ParamDirective directive) {
            directives.put(name, directive);
            return (B) this;
        }

        /** Reads the body with Java code: one value per parameter (null for absent optional ones). */
        public B parser(Function<OpAsmParser, List<Object>> parse) {
            this.parseHook = parse;
            return (B) this;
        }

        /** Writes the body with Java code. */
        public B printer(BiConsumer<Defined, DialectAsmPrinter> print) {
            this.printHook = print;
            return (B) this;
        }

        /**
         * The alias name an instance prints under ({@code !test_ui8 = !test.int<unsigned, 8>}
         * before the IR), as MLIR's getAlias hooks give it; null for instances without one.
         */
        public B alias(Function<Defined, String> alias) {
            this.alias = alias;
            return (B) this;
        }

        /** Checks an instance: returns why it is invalid (mlir-opt's message), or null. */
        public B verifier(Function<Defined, String> verifier) {
            this.verifier = verifier;
            return (B) this;
        }
    }
}
