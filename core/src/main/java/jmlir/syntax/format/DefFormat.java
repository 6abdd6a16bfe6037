package jmlir.syntax.format;

import jmlir.ir.AttrOrTypeDef;
import jmlir.ir.Defined;
import jmlir.ir.ParamSpec;
import jmlir.syntax.AttrOrTypeAssembly;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.ParseException;
import jmlir.syntax.TokenKind;

import java.util.List;
import java.util.Map;

/**
 * The declarative assembly format of a type or attribute definition, as ODS's
 * {@code assemblyFormat} on a TypeDef or AttrDef, compiled once into elements that both read
 * and write the body the way mlir-tblgen's generated parsers and printers do. It shares the
 * format lexer, the literal rules and the spacing rules of op formats.
 *
 * <ul>
 * <li>Literals ({@code `<`}, {@code `x`}) and whitespace ({@code ` `}, {@code ``}, {@code `\n`}).</li>
 * <li>{@code $param}, written by its kind ({@link jmlir.ir.ParamKind}); {@code qualified($param)}
 * writes a nested defined type or attribute in full.</li>
 * <li>{@code params}: all parameters separated by commas; {@code struct($a, $b)} or
 * {@code struct(params)}: {@code a = 1, b = 2}, read in any order.</li>
 * <li>Optional groups {@code (`(` $b^ `)`)?} with an else branch {@code (...) : (...)?},
 * anchored on optional parameters (absent or equal to their default).</li>
 * <li>{@code custom<Name>($a, ref($b))} run by a {@link ParamDirective}.</li>
 * </ul>
 */
public final class DefFormat implements AttrOrTypeAssembly {
    final AttrOrTypeDef def;
    private final String source;
    private final Item[] items;

    DefFormat(AttrOrTypeDef def, String source, List<Item> items) {
        this.def = def;
        this.source = source;
        this.items = items.toArray(new Item[0]);
    }

    /**
     * Compiles {@code format} for {@code def}; {@code custom<Name>} directives come from
     * {@code directives}. Throws {@link FormatException} when the format does not fit the
     * definition, with mlir-tblgen's message.
     */
    public static DefFormat compile(AttrOrTypeDef def, String format, Map<String, ParamDirective> directives) {
        return new DefFormatParser(def, format, directives).parse();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return def.name() + ": " + source;
    }

    @Override
    public Object[] parse(OpAsmParser parser) {
        Object[] values = new Object[def.parameters().size()];
        Run run = new Run(this, parser, values);
        for (Item i : items) i.parse(run);
        return values;
    }

    @Override
    public void print(Defined value, DialectAsmPrinter printer) {
        Object[] values = value.parameters().toArray();
        for (Item i : items) i.print(values, printer);
    }

    /** One parse: the parser and the values read so far. */
    record Run(DefFormat format, OpAsmParser p, Object[] values) {
    }

    /** An element of a compiled format. */
    abstract static class Item {
        /** Whether the printer writes a space before the element (settled when compiled). */
        boolean space;

        abstract void parse(Run run);

        /** As the first element of an optional group: reads it if there, and says whether it was. */
        abstract boolean parseOptional(Run run);

        abstract void print(Object[] values, DialectAsmPrinter out);

        /** As the anchor of an optional group: whether what it stands for is written. */
        boolean isPresent(Object[] values) {
            return false;
        }
    }

    /** {@code `kw`} or punctuation; the spelling is printed with its leading space, if any. */
    static final class Lit extends Item {
        final Elements.Literal literal;
        String printed;

        Lit(Elements.Literal literal) {
            this.literal = literal;
            this.printed = literal.spelling;
        }

        @Override
        void parse(Run run) {
            if (literal.keyword) run.p.expectKeyword(literal.spelling);
            else run.p.expect(literal.punctuation);
        }

        @Override
        boolean parseOptional(Run run) {
            return literal.keyword ? run.p.consumeKeywordIf(literal.spelling) : run.p.consumeIf(literal.punctuation);
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            out.print(printed);
        }
    }

    /** {@code ` `}, {@code ``} or {@code `\n`}. */
    static final class Space extends Item {
        final String value;

        Space(String value) {
            this.value = value;
        }

        @Override
        void parse(Run run) {
        }

        @Override
        boolean parseOptional(Run run) {
            return true;
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            if (value.equals(" ")) out.print(" ");
            else if (value.equals("\\n")) out.printNewline();
        }
    }

    /** {@code $param}, or {@code qualified($param)}. */
    static final class Var extends Item {
        final int index;
        final ParamSpec spec;
        boolean qualified;

        Var(int index, ParamSpec spec) {
            this.index = index;
            this.spec = spec;
        }

        @Override
        void parse(Run run) {
            run.values[index] = read(run, false);
        }

        @Override
        boolean parseOptional(Run run) {
            run.values[index] = read(run, true);
            return run.values[index] != null;
        }

        /** Reads the value (optionally if the parameter is optional), adding MLIR's note on failure. */
        Object read(Run run, boolean optional) {
            OpAsmParser p = run.p;
            try {
                return optional || spec.isOptional() ? spec.kind().parseOptional(p) : spec.kind().parse(p);
            } catch (ParseException e) {
                throw p.errors(e, p.error(p.currentOffset(), "failed to parse " + run.format.def.cppName()
                        + " parameter '" + spec.name() + "' which is to be a `" + spec.kind().cppType() + "`"));
            }
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            Object v = values[index];
            if (spec.isOptional() && !spec.isPresent(v)) return;
            if (space) out.print(" ");
            printValue(v, out);
        }

        void printValue(Object v, DialectAsmPrinter out) {
            if (qualified) spec.kind().printQualified(v, out);
            else spec.kind().print(v, out);
        }

        @Override
        boolean isPresent(Object[] values) {
            return spec.isPresent(values[index]);
        }
    }

    /** {@code params} or {@code struct(...)}: parameters separated by commas, with their names for a struct. */
    static final class ParamList extends Item {
        final Var[] vars;
        final boolean struct;
        private final boolean allOptional;

        ParamList(List<Var> vars, boolean struct) {
            this.vars = vars.toArray(new Var[0]);
            this.struct = struct;
            this.allOptional = vars.stream().allMatch(v -> v.spec.isOptional());
        }

        boolean hasOptional() {
            for (Var v : vars) if (v.spec.isOptional()) return true;
            return false;
        }

        @Override
        void parse(Run run) {
            if (struct) parseStruct(run);
            else parseParams(run);
        }

        @Override
        boolean parseOptional(Run run) {
            parse(run);
            for (Var v : vars) if (run.values[v.index] != null) return true;
            return false;
        }

        /** Commas are required up to the last required parameter, optional after it. */
        private void parseParams(Run run) {
            int lastRequired = -1;
            for (int i = 0; i < vars.length; i++) if (!vars[i].spec.isOptional()) lastRequired = i;
            for (int i = 0; i < vars.length; i++) {
                if (i > 0) {
                    Var prev = vars[i - 1];
                    if (!prev.spec.isOptional() || run.values[prev.index] != null) {
                        if (i <= lastRequired) run.p.expect(TokenKind.COMMA);
                        else if (!run.p.consumeIf(TokenKind.COMMA)) break;
                    }
                }
                vars[i].parse(run);
            }
        }

        /** {@code name = value} entries in any order, each parameter at most once. */
        private void parseStruct(Run run) {
            boolean[] seen = new boolean[vars.length];
            int optional = 0;
            for (Var v : vars) if (v.spec.isOptional()) optional++;
            OpAsmParser p = run.p;
            if (optional == 0) {
                for (int i = 0; i < vars.length; i++) {
                    parseEntry(run, seen);
                    if (i != vars.length - 1) p.expect(TokenKind.COMMA);
                }
                return;
            }
            if (optional == vars.length) {
                if (p.tokenKind() != TokenKind.BARE_IDENTIFIER) return;
                do {
                    parseEntry(run, seen);
                } while (p.consumeIf(TokenKind.COMMA));
                return;
            }
            do {
                parseEntry(run, seen);
            } while (p.consumeIf(TokenKind.COMMA));
            for (int i = 0; i < vars.length; i++) {
                if (!seen[i] && !vars[i].spec.isOptional()) {
                    throw p.error(p.currentOffset(), "struct is missing required parameter: " + vars[i].spec.name());
                }
            }
        }

        private void parseEntry(Run run, boolean[] seen) {
            OpAsmParser p = run.p;
            if (p.tokenKind() != TokenKind.BARE_IDENTIFIER) {
                int at = p.currentOffset();
                throw p.errors(p.error(at, "expected valid keyword"), p.error(at, "expected a parameter name in struct"));
            }
            String key = p.parseKeyword("expected valid keyword");
            p.expect(TokenKind.EQUAL);
            for (int i = 0; i < vars.length; i++) {
                if (!seen[i] && vars[i].spec.name().equals(key)) {
                    seen[i] = true;
                    Object v = vars[i].read(run, false);
                    if (vars[i].spec.isOptional() && v == null) {
                        throw p.error(p.currentOffset(), "expected a value for parameter '" + key + "'");
                    }
                    run.values[vars[i].index] = v;
                    return;
                }
            }
            throw p.error(p.currentOffset(), "duplicate or unknown struct parameter name: " + key);
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            if (space && (!allOptional || isPresent(values))) out.print(" ");
            boolean first = true;
            for (Var v : vars) {
                Object value = values[v.index];
                if (v.spec.isOptional() && !v.spec.isPresent(value)) continue;
                if (!first) out.print(", ");
                first = false;
                if (struct) out.print(v.spec.name()).print(" = ");
                v.printValue(value, out);
            }
        }

        @Override
        boolean isPresent(Object[] values) {
            for (Var v : vars) if (v.spec.isPresent(values[v.index])) return true;
            return false;
        }
    }

    /** {@code (then)?} or {@code (then) : (else)?}. */
    static final class Group extends Item {
        final Item[] thenItems;
        final Item[] elseItems;
        final Item anchor;
        /** Whether the anchor is in the else branch: the then branch is printed when it is absent. */
        final boolean inverted;
        /** The first element that is not whitespace: it decides whether the group is there. */
        final int parseStart;

        Group(List<Item> thenItems, List<Item> elseItems, Item anchor, boolean inverted) {
            this.thenItems = thenItems.toArray(new Item[0]);
            this.elseItems = elseItems.toArray(new Item[0]);
            this.anchor = anchor;
            this.inverted = inverted;
            int start = 0;
            while (start < this.thenItems.length && this.thenItems[start] instanceof Space) start++;
            this.parseStart = start;
        }

        @Override
        void parse(Run run) {
            parseOptional(run);
        }

        @Override
        boolean parseOptional(Run run) {
            boolean present = parseStart < thenItems.length && thenItems[parseStart].parseOptional(run);
            if (present) {
                for (int i = parseStart + 1; i < thenItems.length; i++) thenItems[i].parse(run);
            } else {
                for (Item i : elseItems) i.parse(run);
            }
            return present;
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            for (Item i : isPresent(values) ? thenItems : elseItems) i.print(values, out);
        }

        @Override
        boolean isPresent(Object[] values) {
            return anchor.isPresent(values) != inverted;
        }
    }

    /** {@code custom<Name>(args)}: arguments are parameters, {@code ref(...)} ones already read. */
    static final class Custom extends Item {
        final String name;
        final ParamDirective directive;
        final Var[] args;

        Custom(String name, ParamDirective directive, List<Var> args) {
            this.name = name;
            this.directive = directive;
            this.args = args.toArray(new Var[0]);
        }

        private ParamDirective.Args args(Object[] values) {
            return new ParamDirective.Args() {
                @Override
                public int size() {
                    return args.length;
                }

                @Override
                public Object get(int i) {
                    return values[args[i].index];
                }

                @Override
                public void set(int i, Object value) {
                    values[args[i].index] = value == null ? null : args[i].spec.kind().normalize(value);
                }
            };
        }

        @Override
        void parse(Run run) {
            directive.parse(run.p, args(run.values));
        }

        @Override
        boolean parseOptional(Run run) {
            return directive.parseOptional(run.p, args(run.values));
        }

        @Override
        void print(Object[] values, DialectAsmPrinter out) {
            if (space) out.print(" ");
            directive.print(out, args(values));
        }

        @Override
        boolean isPresent(Object[] values) {
            for (Var v : args) if (v.spec.isPresent(values[v.index])) return true;
            return false;
        }
    }
}
