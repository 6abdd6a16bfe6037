package jmlir.syntax.format;

import jmlir.ir.ArrayAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.FunctionType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.OpaqueType;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.StringAttr;
import jmlir.ir.SymbolRefAttr;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.UnitAttr;
import jmlir.ir.Value;
import jmlir.syntax.AttrSyntax;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypePrinting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The kinds of elements a format compiles to. */
final class Elements {
    private Elements() {
    }

    // ================================================================ literals and whitespace

    /** A keyword ({@code `to`}) or punctuation ({@code `,`}). */
    static final class Literal extends Element {
        final String spelling;
        final boolean keyword;
        final TokenKind punctuation;
        /** The spelling with its leading space, if any: what the printer writes. */
        String printed;

        Literal(String spelling) {
            this.spelling = spelling;
            this.keyword = spelling.charAt(0) == '_' || FormatLexer.isAlpha(spelling.charAt(0));
            this.punctuation = keyword ? null : punctuationKind(spelling);
            this.printed = spelling;
        }

        private static TokenKind punctuationKind(String s) {
            return switch (s) {
                case "->" -> TokenKind.ARROW;
                case ":" -> TokenKind.COLON;
                case "," -> TokenKind.COMMA;
                case "=" -> TokenKind.EQUAL;
                case "<" -> TokenKind.LESS;
                case ">" -> TokenKind.GREATER;
                case "{" -> TokenKind.LBRACE;
                case "}" -> TokenKind.RBRACE;
                case "(" -> TokenKind.LPAREN;
                case ")" -> TokenKind.RPAREN;
                case "[" -> TokenKind.LSQUARE;
                case "]" -> TokenKind.RSQUARE;
                case "?" -> TokenKind.QUESTION;
                case "+" -> TokenKind.PLUS;
                case "-" -> TokenKind.MINUS;
                case "*" -> TokenKind.STAR;
                case "..." -> TokenKind.ELLIPSIS;
                default -> throw new IllegalArgumentException(s);
            };
        }

        @Override
        void parse(ParseRun run) {
            if (keyword) run.p.expectKeyword(spelling);
            else run.p.expect(punctuation);
        }

        @Override
        boolean parseOptional(ParseRun run) {
            return keyword ? run.p.consumeKeywordIf(spelling) : run.p.consumeIf(punctuation);
        }

        @Override
        void print(PrintRun run) {
            run.p.print(printed);
        }
    }

    /** {@code ` `} (a space), {@code ``} (no space) or {@code `\n`} (a new line). */
    static final class Whitespace extends Element {
        final String value;

        Whitespace(String value) {
            this.value = value;
        }

        boolean isNewline() {
            return value.equals("\\n");
        }

        @Override
        void print(PrintRun run) {
            if (value.equals(" ")) run.p.print(" ");
            else if (isNewline()) run.p.printNewline();
        }
    }

    // ================================================================ variables

    /** {@code $operand}: one, an optional one, or a comma-separated list. */
    static final class OperandVar extends Element {
        final int index;
        final OpDef.ValueSpec spec;

        OperandVar(int index, OpDef.ValueSpec spec) {
            this.index = index;
            this.spec = spec;
        }

        boolean isVariableLength() {
            return spec.arity() != OpDef.Arity.SINGLE;
        }

        @Override
        void parse(ParseRun run) {
            OpAsmParser p = run.p;
            run.operandAt[index] = p.currentOffset();
            switch (spec.arity()) {
                case SINGLE -> run.operands[index] = List.of(p.parseOperand());
                case OPTIONAL -> run.operands[index] = p.atOperand() ? List.of(p.parseOperand()) : List.of();
                case VARIADIC -> run.operands[index] = p.parseOperandList();
            }
        }

        @Override
        boolean parseOptional(ParseRun run) {
            parse(run);
            return !run.operands[index].isEmpty();
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            switch (spec.arity()) {
                case SINGLE -> run.p.printOperand(run.op.operand(run.operandStart(index)));
                case OPTIONAL -> {
                    Value v = run.operand(index);
                    if (v != null) run.p.printOperand(v);
                }
                case VARIADIC -> run.p.printOperands(run.operands(index));
            }
        }

        @Override
        boolean isPresent(PrintRun run) {
            return run.operandCount(index) > 0;
        }
    }

    /** {@code $result}, only as the argument of {@code type(...)}. */
    static final class ResultVar extends Element {
        final int index;
        final OpDef.ValueSpec spec;

        ResultVar(int index, OpDef.ValueSpec spec) {
            this.index = index;
            this.spec = spec;
        }

        boolean isVariableLength() {
            return spec.arity() != OpDef.Arity.SINGLE;
        }

        @Override
        boolean isPresent(PrintRun run) {
            return run.resultCount(index) > 0;
        }
    }

    /** {@code $attr}: a property or discardable attribute, written as its constraint says. */
    static final class AttrVar extends Element {
        final int index;
        final OpDef.AttrSpec spec;
        final AttrConstraint constraint;
        final Type valueType;
        boolean qualified;
        /** Inside an optional group (after its first element) attributes are read as required. */
        boolean inOptionalGroup;

        AttrVar(int index, OpDef.AttrSpec spec) {
            this.index = index;
            this.spec = spec;
            this.constraint = spec.constraint();
            this.valueType = constraint.valueType();
        }

        /** ODS's "optional attribute" (with or without a default): read as optional outside groups. */
        boolean isOptionalAttr() {
            return spec.optional();
        }

        boolean isOptionalOrDefaulted() {
            return spec.optional() || spec.defaultValue() != null;
        }

        boolean isUnit() {
            return constraint.isUnit();
        }

        /** The syntax of its own the attribute is written in (null: the plain attribute syntax). */
        private AttrSyntax ownSyntax() {
            AttrSyntax s = constraint.syntax();
            return s != null && !s.isStripped() ? s : null;
        }

        private AttrSyntax strippedSyntax() {
            AttrSyntax s = constraint.syntax();
            return s != null && s.isStripped() && !qualified ? s : null;
        }

        @Override
        void parse(ParseRun run) {
            Attribute value = read(run, isOptionalAttr() && !inOptionalGroup);
            if (value != null) run.attributes[index] = value;
        }

        @Override
        boolean parseOptional(ParseRun run) {
            Attribute value = read(run, true);
            if (value != null) run.attributes[index] = value;
            return value != null;
        }

        private Attribute read(ParseRun run, boolean optional) {
            OpAsmParser p = run.p;
            AttrSyntax own = ownSyntax();
            if (own != null) return optional ? own.parseOptional(p, spec.name()) : own.parse(p, spec.name());
            int at = p.currentOffset();
            Attribute value;
            AttrSyntax stripped = strippedSyntax();
            if (optional) {
                // Like MLIR's overloads for these storage classes: only their own token starts them.
                Class<? extends Attribute> storage = constraint.storageClass();
                TokenKind start = storage == StringAttr.class ? TokenKind.STRING
                        : storage == ArrayAttr.class ? TokenKind.LSQUARE
                        : storage == SymbolRefAttr.class ? TokenKind.AT_IDENTIFIER : null;
                value = start != null && !p.at(start) ? null : p.parseOptionalAttribute(valueType);
            } else if (stripped != null && !p.at(TokenKind.HASH_IDENTIFIER)) {
                return stripped.parse(p, spec.name());
            } else {
                value = p.parseAttribute(valueType);
            }
            if (value != null && !constraint.isKind(value)) {
                throw p.emitError(at, "invalid kind of attribute specified");
            }
            return value;
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            Attribute value = run.attribute(index);
            if (value == null) return;
            printValue(value, run.p);
        }

        void printValue(Attribute value, OpAsmPrinter p) {
            AttrSyntax own = ownSyntax();
            if (own != null && constraint.isKind(value)) {
                own.print(value, p);
            } else if (valueType != null) {
                p.printAttributeWithoutType(value);
            } else if (qualified || constraint.isAnyAttribute() || constraint.syntax() == null
                    || !constraint.isKind(value)) {
                p.printAttribute(value);
            } else {
                constraint.syntax().print(value, p);
            }
        }

        @Override
        boolean isPresent(PrintRun run) {
            Attribute value = run.attribute(index);
            return value != null && !value.equals(spec.defaultValue());
        }
    }

    /** {@code $region}: one region, or a comma-separated list of them. */
    static final class RegionVar extends Element {
        final int index;
        final OpDef.RegionSpec spec;

        RegionVar(int index, OpDef.RegionSpec spec) {
            this.index = index;
            this.spec = spec;
        }

        @Override
        void parse(ParseRun run) {
            AssemblyFormat f = run.format;
            if (spec.variadic()) {
                run.regions[index] = parseRegionList(run);
                return;
            }
            List<Block> blocks = run.p.parseRegion(List.of(), f.isolated);
            f.completeRegion(blocks, run);
            run.regions[index] = List.of(blocks);
        }

        @Override
        boolean parseOptional(ParseRun run) {
            if (spec.variadic()) {
                parse(run);
                return !run.regions[index].isEmpty();
            }
            List<Block> blocks = run.p.parseOptionalRegion(List.of(), run.format.isolated);
            if (blocks == null) blocks = new ArrayList<>();
            run.regions[index] = List.of(blocks);
            if (blocks.isEmpty()) return false;
            run.format.completeRegion(blocks, run);
            return true;
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            if (spec.variadic()) {
                printRegionList(run, run.regions(index));
            } else {
                Region r = run.region(index);
                if (r != null) run.p.printRegion(r, true, run.format.printsTerminators(r));
            }
        }

        @Override
        boolean isPresent(PrintRun run) {
            if (spec.variadic()) return !run.regions(index).isEmpty();
            Region r = run.region(index);
            return r != null && !r.isEmpty();
        }
    }

    static List<List<Block>> parseRegionList(ParseRun run) {
        AssemblyFormat f = run.format;
        List<Block> first = run.p.parseOptionalRegion(List.of(), f.isolated);
        if (first == null) return List.of();
        List<List<Block>> list = new ArrayList<>();
        f.completeRegion(first, run);
        list.add(first);
        while (run.p.consumeIf(TokenKind.COMMA)) {
            List<Block> next = run.p.parseRegion(List.of(), f.isolated);
            f.completeRegion(next, run);
            list.add(next);
        }
        return list;
    }

    static void printRegionList(PrintRun run, List<Region> regions) {
        for (int i = 0; i < regions.size(); i++) {
            if (i > 0) run.p.print(", ");
            run.p.printRegion(regions.get(i), true, run.format.printsTerminators(regions.get(i)));
        }
    }

    /** {@code $successor}: one block, or a comma-separated list. */
    static final class SuccessorVar extends Element {
        final int index;
        final OpDef.SuccessorSpec spec;

        SuccessorVar(int index, OpDef.SuccessorSpec spec) {
            this.index = index;
            this.spec = spec;
        }

        @Override
        void parse(ParseRun run) {
            run.successors[index] = spec.variadic() ? parseSuccessorList(run.p) : List.of(run.p.parseSuccessor());
        }

        @Override
        boolean parseOptional(ParseRun run) {
            parse(run);
            return !run.successors[index].isEmpty();
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            printSuccessorList(run.p, run.successors(index));
        }

        @Override
        boolean isPresent(PrintRun run) {
            return !run.successors(index).isEmpty();
        }
    }

    static List<Block> parseSuccessorList(OpAsmParser p) {
        Block first = p.parseOptionalSuccessor();
        if (first == null) return List.of();
        List<Block> list = new ArrayList<>();
        list.add(first);
        while (p.consumeIf(TokenKind.COMMA)) list.add(p.parseSuccessor());
        return list;
    }

    static void printSuccessorList(OpAsmPrinter p, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) p.print(", ");
            p.printSuccessor(blocks.get(i));
        }
    }

    // ================================================================ directives

    /** {@code operands}: all operands, comma-separated. */
    static final class OperandsDir extends Element {
        @Override
        void parse(ParseRun run) {
            run.allOperandsAt = run.p.currentOffset();
            run.allOperands = run.p.parseOperandList();
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            run.p.printOperands(run.allOperands());
        }
    }

    /** {@code results}, only as the argument of {@code type(...)}. */
    static final class ResultsDir extends Element {
    }

    /** {@code regions}: all regions, comma-separated. */
    static final class RegionsDir extends Element {
        @Override
        void parse(ParseRun run) {
            run.allRegions = parseRegionList(run);
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            List<Region> all = new ArrayList<>(run.op.numRegions());
            for (int i = 0; i < run.op.numRegions(); i++) all.add(run.op.region(i));
            printRegionList(run, all);
        }
    }

    /** {@code successors}: all successors, comma-separated. */
    static final class SuccessorsDir extends Element {
        @Override
        void parse(ParseRun run) {
            run.allSuccessors = parseSuccessorList(run.p);
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            List<Block> all = new ArrayList<>(run.op.numSuccessors());
            for (int i = 0; i < run.op.numSuccessors(); i++) all.add(run.op.successor(i));
            printSuccessorList(run.p, all);
        }
    }

    /** {@code type($x)}, {@code type(operands)}, {@code type(results)}. */
    static final class TypeDir extends Element {
        /** {@link OperandVar}, {@link ResultVar}, {@link OperandsDir} or {@link ResultsDir}. */
        final Element target;
        boolean qualified;

        TypeDir(Element target) {
            this.target = target;
        }

        private OpDef.Arity arity() {
            if (target instanceof OperandVar o) return o.spec.arity();
            if (target instanceof ResultVar r) return r.spec.arity();
            return OpDef.Arity.VARIADIC;
        }

        private TypeConstraint constraint() {
            if (target instanceof OperandVar o) return o.spec.constraint();
            if (target instanceof ResultVar r) return r.spec.constraint();
            return TypeConstraint.ANY;
        }

        @Override
        void parse(ParseRun run) {
            OpAsmParser p = run.p;
            List<Type> types = switch (arity()) {
                case VARIADIC -> p.parseTypeList();
                case OPTIONAL -> {
                    Type t = p.parseOptionalType();
                    yield t == null ? List.of() : List.of(t);
                }
                case SINGLE -> {
                    int at = p.currentOffset();
                    TypeConstraint c = constraint();
                    if (!qualified && c.typeDef() != null && !p.at(TokenKind.EXCLAMATION_IDENTIFIER)) {
                        yield List.of((Type) c.typeDef().parse(p));
                    }
                    String dialectType = qualified ? null : c.dialectTypeName();
                    if (dialectType != null && !p.at(TokenKind.EXCLAMATION_IDENTIFIER)) {
                        // The type without its !dialect.mnemonic prefix: its parameters.
                        String body = p.parseOptionalAngleBody();
                        if (body == null) throw p.errorAtToken("expected '<'");
                        int dot = dialectType.indexOf('.');
                        String text = dialectType.substring(dot + 1) + body;
                        yield List.of(p.context().intern(new OpaqueType(dialectType.substring(0, dot), text)));
                    }
                    Type t = p.parseType();
                    if (!qualified && c.kindName() != null && !c.isKind(t)) {
                        throw p.emitError(at, "invalid kind of type specified: expected " + c.kindName()
                                + ", but found '" + TypePrinting.toString(t) + "'");
                    }
                    yield List.of(t);
                }
            };
            store(run, target, types);
        }

        static void store(ParseRun run, Element target, List<Type> types) {
            if (target instanceof OperandVar o) run.operandTypes[o.index] = types;
            else if (target instanceof ResultVar r) run.resultTypes[r.index] = types;
            else if (target instanceof OperandsDir) run.allOperandTypes = types;
            else run.allResultTypes = types;
        }

        static List<Type> types(PrintRun run, Element target) {
            if (target instanceof OperandVar o) return run.operandTypes(o.index);
            if (target instanceof ResultVar r) return run.resultTypes(r.index);
            if (target instanceof OperandsDir) return run.allOperandTypes();
            return run.allResultTypes();
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            if (target instanceof OperandVar o && o.spec.arity() == OpDef.Arity.SINGLE) {
                printSingle(run.p, run.op.operand(run.operandStart(o.index)).type());
            } else if (target instanceof ResultVar r && r.spec.arity() == OpDef.Arity.SINGLE) {
                printSingle(run.p, run.op.result(run.resultStart(r.index)).type());
            } else {
                run.p.printTypes(types(run, target));
            }
        }

        /** A type of the constraint's dialect type is written without its prefix, unless that leaves nothing. */
        private void printSingle(OpAsmPrinter p, Type type) {
            TypeConstraint c = constraint();
            if (!qualified && c.typeDef() != null && c.isKind(type)) {
                jmlir.ir.Defined d = (jmlir.ir.Defined) type;
                c.typeDef().assembly().print(d, jmlir.syntax.DialectAsmPrinter.of(p));
                return;
            }
            if (!qualified && c.dialectTypeName() != null && type instanceof OpaqueType o && c.isKind(type)) {
                String mnemonic = o.body().substring(0, c.dialectTypeName().length() - o.dialect().length() - 1);
                if (o.body().length() > mnemonic.length()) {
                    p.print(o.body().substring(mnemonic.length()));
                    return;
                }
            }
            p.printType(type);
        }

        @Override
        boolean isPresent(PrintRun run) {
            return target.isPresent(run);
        }
    }

    /** {@code functional-type($inputs, $results)}: {@code (i32, i32) -> i32}. */
    static final class FunctionalTypeDir extends Element {
        final Element inputs;
        final Element results;

        FunctionalTypeDir(Element inputs, Element results) {
            this.inputs = inputs;
            this.results = results;
        }

        @Override
        void parse(ParseRun run) {
            int at = run.p.currentOffset();
            Type t = run.p.parseType();
            if (!(t instanceof FunctionType f)) {
                throw run.p.emitError(at, "invalid kind of type specified: expected builtin.function, but found '"
                        + TypePrinting.toString(t) + "'");
            }
            TypeDir.store(run, inputs, f.inputs());
            TypeDir.store(run, results, f.results());
        }

        @Override
        void print(PrintRun run) {
            OpAsmPrinter p = run.p;
            p.print(space ? " (" : "(");
            p.printTypes(TypeDir.types(run, inputs));
            p.print(") -> ");
            p.printFunctionResults(TypeDir.types(run, results));
        }

        @Override
        boolean isPresent(PrintRun run) {
            return inputs.isPresent(run);
        }
    }

    /** {@code attr-dict} / {@code attr-dict-with-keyword}: the attributes the format does not show. */
    static final class AttrDict extends Element {
        final boolean withKeyword;

        AttrDict(boolean withKeyword) {
            this.withKeyword = withKeyword;
        }

        @Override
        void parse(ParseRun run) {
            OpAsmParser p = run.p;
            if (!(withKeyword ? p.atKeyword("attributes") : p.at(TokenKind.LBRACE))) return;
            int at = p.currentOffset();
            List<NamedAttribute> entries = new ArrayList<>();
            if (withKeyword) p.parseOptionalAttrDictWithKeyword(entries);
            else p.parseOptionalAttrDict(entries);
            if (entries.isEmpty()) return;
            run.format.checkInherentAttributes(entries, p, at);
            run.addDictionaryEntries(entries);
        }

        @Override
        void print(PrintRun run) {
            List<NamedAttribute> entries = run.format.hasPropDict ? run.op.attributes().entries()
                    : merged(run.properties, run.op.attributes());
            if (entries.isEmpty()) return;
            Set<String> elided = run.format.attrDictElisions(run);
            // Most ops show nothing here: the format shows their attributes.
            boolean shown = false;
            for (int i = 0; i < entries.size() && !shown; i++) shown = !elided.contains(entries.get(i).name());
            if (!shown) return;
            if (withKeyword) run.p.printOptionalAttrDictWithKeyword(entries, elided);
            else run.p.printOptionalAttrDict(entries, elided);
        }

        /** The entries of two sorted dictionaries, in name order. */
        static List<NamedAttribute> merged(DictionaryAttr a, DictionaryAttr b) {
            if (a.isEmpty()) return b.entries();
            if (b.isEmpty()) return a.entries();
            List<NamedAttribute> x = a.entries();
            List<NamedAttribute> y = b.entries();
            List<NamedAttribute> out = new ArrayList<>(x.size() + y.size());
            int i = 0;
            int j = 0;
            while (i < x.size() || j < y.size()) {
                if (j >= y.size() || (i < x.size() && x.get(i).name().compareTo(y.get(j).name()) <= 0)) {
                    out.add(x.get(i++));
                } else {
                    out.add(y.get(j++));
                }
            }
            return out;
        }
    }

    /** {@code prop-dict}: the properties the format does not show, as {@code <{...}>}. */
    static final class PropDict extends Element {
        @Override
        void parse(ParseRun run) {
            OpAsmParser p = run.p;
            if (!p.consumeIf(TokenKind.LESS)) return;
            int at = p.currentOffset();
            Attribute a = p.parseAttribute(null);
            if (!(a instanceof DictionaryAttr d)) throw p.emitError(at, "expected DictionaryAttr to set properties");
            p.expect(TokenKind.GREATER);
            run.propertyDictionary = d.entries();
        }

        @Override
        void print(PrintRun run) {
            run.p.print(" ");
            List<NamedAttribute> shown = new ArrayList<>();
            Set<String> elided = run.format.propDictElisions(run);
            for (NamedAttribute e : run.properties.entries()) if (!elided.contains(e.name())) shown.add(e);
            if (shown.isEmpty()) return;
            run.p.print("<");
            run.p.printAttribute(new DictionaryAttr(shown));
            run.p.print(">");
        }
    }

    /** {@code "text"}: a string argument of a custom directive. */
    static final class StringArg extends Element {
        final String value;

        StringArg(String value) {
            this.value = value;
        }
    }

    /** {@code ref(...)}: an argument of a custom directive that an earlier element reads. */
    static final class Ref extends Element {
        final Element target;

        Ref(Element target) {
            this.target = target;
        }
    }

    /** {@code custom<Name>(args...)}: syntax read and written by Java code. */
    static final class Custom extends Element {
        final String name;
        final CustomDirective directive;
        final Element[] args;

        Custom(String name, CustomDirective directive, List<Element> args) {
            this.name = name;
            this.directive = directive;
            this.args = args.toArray(new Element[0]);
        }

        private void markOperands(ParseRun run) {
            for (Element a : args) if (a instanceof OperandVar o) run.operandAt[o.index] = run.p.currentOffset();
        }

        @Override
        void parse(ParseRun run) {
            markOperands(run);
            directive.parse(run.p, new CustomArgs.Parsing(run, args));
        }

        @Override
        boolean parseOptional(ParseRun run) {
            markOperands(run);
            return directive.parseOptional(run.p, new CustomArgs.Parsing(run, args));
        }

        @Override
        void print(PrintRun run) {
            if (space) run.p.print(" ");
            directive.print(run.p, run.op, new CustomArgs.Printing(run, args));
        }

        @Override
        boolean isPresent(PrintRun run) {
            for (Element a : args) if (!(a instanceof Ref) && a.isPresent(run)) return true;
            return false;
        }
    }

    // ================================================================ groups

    /** {@code (then)[: (else)]?}: elements shown when their anchor is present (or absent, when inverted). */
    static final class OptionalGroup extends Element {
        final Element[] thenElements;
        final Element[] elseElements;
        final Element anchor;
        final boolean inverted;
        /** The first element of the then branch that is not whitespace: it decides while parsing. */
        final int thenParseStart;
        /** A unit attribute anchor that is not printed but implied (set when parsing); null otherwise. */
        AttrVar elidedUnitAnchor;
        /** The unit anchor left out while parsing (compared with the first parsed element). */
        AttrVar parseElidedThen;
        AttrVar parseElidedElse;

        OptionalGroup(List<Element> thenElements, List<Element> elseElements, Element anchor, boolean inverted,
                      int thenParseStart) {
            this.thenElements = thenElements.toArray(new Element[0]);
            this.elseElements = elseElements.toArray(new Element[0]);
            this.anchor = anchor;
            this.inverted = inverted;
            this.thenParseStart = thenParseStart;
        }

        @Override
        void parse(ParseRun run) {
            if (!parseOptional(run)) {
                // The group is absent: with an else branch, its elements are read instead.
                if (elseElements.length > 0) {
                    if (parseElidedElse != null && inverted) run.attributes[parseElidedElse.index] = UnitAttr.INSTANCE;
                    for (Element e : elseElements) if (e != parseElidedElse) e.parse(run);
                }
            }
        }

        @Override
        boolean parseOptional(ParseRun run) {
            Element first = thenElements[thenParseStart];
            if (!first.parseOptional(run)) return false;
            if (parseElidedThen != null && !inverted) run.attributes[parseElidedThen.index] = UnitAttr.INSTANCE;
            for (int i = thenParseStart + 1; i < thenElements.length; i++) {
                Element e = thenElements[i];
                if (e != parseElidedThen) e.parse(run);
            }
            return true;
        }

        @Override
        void print(PrintRun run) {
            boolean shown = anchor.isPresent(run) != inverted;
            for (Element e : shown ? thenElements : elseElements) if (e != elidedUnitAnchor) e.print(run);
        }
    }

    /** {@code oilist(`kw` elements | ...)}: clauses in any order, each at most once. */
    static final class OIList extends Element {
        final Literal[] keywords;
        final Element[][] clauses;
        /** For clauses made of one unit attribute only: that attribute (the keyword alone sets it). */
        final AttrVar[] unitClauses;
        /** The variables of each clause, whose presence decides whether it prints. */
        final Element[][] variables;

        OIList(List<Literal> keywords, List<List<Element>> clauses, List<List<Element>> variables) {
            int n = keywords.size();
            this.keywords = keywords.toArray(new Literal[0]);
            this.clauses = new Element[n][];
            this.variables = new Element[n][];
            this.unitClauses = new AttrVar[n];
            for (int i = 0; i < n; i++) {
                this.clauses[i] = clauses.get(i).toArray(new Element[0]);
                this.variables[i] = variables.get(i).toArray(new Element[0]);
                if (this.clauses[i].length == 1 && this.clauses[i][0] instanceof AttrVar a && a.isUnit()) {
                    unitClauses[i] = a;
                }
            }
        }

        @Override
        void parse(ParseRun run) {
            boolean[] seen = new boolean[keywords.length];
            outer:
            while (true) {
                for (int i = 0; i < keywords.length; i++) {
                    if (!keywords[i].parseOptional(run)) continue;
                    if (seen[i]) {
                        throw run.p.emitError(run.p.nameOffset(), "`" + keywords[i].spelling
                                + "` clause can appear at most once in the expansion of the oilist directive");
                    }
                    seen[i] = true;
                    if (unitClauses[i] != null) run.attributes[unitClauses[i].index] = UnitAttr.INSTANCE;
                    else for (Element e : clauses[i]) e.parse(run);
                    continue outer;
                }
                break;
            }
        }

        @Override
        void print(PrintRun run) {
            for (int i = 0; i < keywords.length; i++) {
                boolean present = false;
                for (Element v : variables[i]) {
                    if (v.isPresent(run)) {
                        present = true;
                        break;
                    }
                }
                if (!present) continue;
                keywords[i].print(run);
                if (unitClauses[i] == null) for (Element e : clauses[i]) e.print(run);
            }
        }
    }

    /** The variables an element contains (for oilist clauses): operands, results, attributes, regions, successors. */
    static void collectVariables(Element e, List<Element> out) {
        if (e instanceof OperandVar || e instanceof ResultVar || e instanceof AttrVar || e instanceof RegionVar
                || e instanceof SuccessorVar) {
            out.add(e);
        } else if (e instanceof Custom c) {
            for (Element a : c.args) collectVariables(a, out);
        } else if (e instanceof OptionalGroup g) {
            for (Element x : g.thenElements) collectVariables(x, out);
            for (Element x : g.elseElements) collectVariables(x, out);
        } else if (e instanceof FunctionalTypeDir f) {
            collectVariables(f.inputs, out);
            collectVariables(f.results, out);
        } else if (e instanceof OIList l) {
            for (Element[] clause : l.clauses) for (Element x : clause) collectVariables(x, out);
        }
    }

    /** Whether a region of an op printed with implicit terminators shows its terminator. */
    static boolean showsTerminator(Operation term) {
        boolean noAttributes = term.attributes().isEmpty()
                && (term.properties() == null || (term.properties() instanceof DictionaryAttr d && d.isEmpty()));
        return !(noAttributes && term.numOperands() == 0 && term.numResults() == 0);
    }
}
