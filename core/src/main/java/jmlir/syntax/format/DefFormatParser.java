package jmlir.syntax.format;

import jmlir.ir.AttrOrTypeDef;
import jmlir.syntax.format.DefFormat.Custom;
import jmlir.syntax.format.DefFormat.Group;
import jmlir.syntax.format.DefFormat.Item;
import jmlir.syntax.format.DefFormat.Lit;
import jmlir.syntax.format.DefFormat.ParamList;
import jmlir.syntax.format.DefFormat.Space;
import jmlir.syntax.format.DefFormat.Var;
import jmlir.syntax.format.FormatLexer.Kind;
import jmlir.syntax.format.FormatLexer.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the assembly format of a type or attribute definition, checks it as mlir-tblgen does
 * (every required parameter shown once, optional groups anchored on optional parameters), and
 * settles the printer's spacing with the rules of generated attribute and type printers.
 */
final class DefFormatParser extends FormatReader {
    private enum Ctx { TOP, GROUP, CUSTOM, STRUCT }

    private final AttrOrTypeDef def;
    private final Map<String, ParamDirective> directives;
    private final BitSet seen = new BitSet();

    DefFormatParser(AttrOrTypeDef def, String src, Map<String, ParamDirective> directives) {
        super(def.name(), src);
        this.def = def;
        this.directives = directives;
    }

    DefFormat parse() {
        consume();
        List<Item> items = new ArrayList<>();
        while (!tok.is(Kind.EOF)) items.add(parseItem(Ctx.TOP));
        for (int i = 0; i < def.parameters().size(); i++) {
            if (!def.parameters().get(i).isOptional() && !seen.get(i)) {
                throw error(0, "format is missing reference to parameter: " + def.parameters().get(i).name());
            }
        }
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof ParamList l && l.struct && l.hasOptional()
                    && items.get(i + 1) instanceof Lit lit && lit.literal.spelling.equals(",")) {
                throw error(0, "`struct` directive with optional parameters cannot be followed by a comma literal");
            }
        }
        new Spacing().run(items);
        return new DefFormat(def, src, items);
    }

    private Item parseItem(Ctx ctx) {
        return switch (tok.kind()) {
            case LITERAL -> parseLiteral(ctx);
            case VARIABLE -> parseVariable(ctx);
            case LPAREN -> parseGroup(ctx);
            case PARAMS -> parseParams(ctx);
            case STRUCT -> parseStruct(ctx);
            case CUSTOM -> parseCustom(ctx);
            case QUALIFIED -> parseQualified(ctx);
            default -> throw error(tok.offset(), "expected literal, variable, directive, or optional group");
        };
    }

    private Item parseLiteral(Ctx ctx) {
        Token t = tok;
        consume();
        if (ctx == Ctx.CUSTOM || ctx == Ctx.STRUCT) {
            throw error(t.offset(), "literals may only be used in the top-level section of the format");
        }
        String value = t.text().substring(1, t.text().length() - 1);
        if (value.isEmpty() || value.equals(" ") || value.equals("\\n")) return new Space(value);
        String problem = FormatParser.literalProblem(value);
        if (problem != null) throw error(t.offset(), "expected valid literal but got '" + value + "': " + problem);
        return new Lit(new Elements.Literal(value));
    }

    private Var parseVariable(Ctx ctx) {
        Token t = tok;
        consume();
        String name = t.text().substring(1);
        int i = def.parameterIndex(name);
        if (i < 0) throw error(t.offset(), def.name() + " has no parameter named '" + name + "'");
        if (seen.get(i)) throw error(t.offset(), "duplicate parameter '" + name + "'");
        seen.set(i);
        return new Var(i, def.parameters().get(i));
    }

    /** {@code ref($x)} inside a custom directive: a parameter read earlier. */
    private Var parseRef() {
        int at = tok.offset();
        consume();
        expect(Kind.LPAREN, "expected '(' before argument list");
        Token t = expect(Kind.VARIABLE, "expected a parameter in 'ref'");
        String name = t.text().substring(1);
        int i = def.parameterIndex(name);
        if (i < 0) throw error(t.offset(), def.name() + " has no parameter named '" + name + "'");
        if (!seen.get(i)) throw error(at, "parameter '" + name + "' must be bound before it is referenced");
        expect(Kind.RPAREN, "expected ')' after argument list");
        return new Var(i, def.parameters().get(i));
    }

    private Item parseQualified(Ctx ctx) {
        int at = tok.offset();
        consume();
        expect(Kind.LPAREN, "expected '(' before argument list");
        if (!tok.is(Kind.VARIABLE)) throw error(at, "'qualified' directive expects a parameter");
        Var v = parseVariable(ctx);
        v.qualified = true;
        expect(Kind.RPAREN, "expected ')' after argument list");
        return v;
    }

    private ParamList parseParams(Ctx ctx) {
        int at = tok.offset();
        consume();
        if (ctx == Ctx.CUSTOM) throw error(at, "`params` is only valid at the top level or within a `struct` directive");
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < def.parameters().size(); i++) {
            if (seen.get(i)) throw error(at, "duplicate parameter '" + def.parameters().get(i).name() + "'");
            seen.set(i);
            vars.add(new Var(i, def.parameters().get(i)));
        }
        return new ParamList(vars, false);
    }

    private ParamList parseStruct(Ctx ctx) {
        int at = tok.offset();
        consume();
        if (ctx == Ctx.CUSTOM || ctx == Ctx.STRUCT) throw error(at, "`struct` may only be used at the top level");
        expect(Kind.LPAREN, "expected '(' before argument list");
        List<Var> vars = new ArrayList<>();
        if (tok.is(Kind.PARAMS)) {
            vars.addAll(List.of(parseParams(Ctx.STRUCT).vars));
        } else {
            while (true) {
                if (!tok.is(Kind.VARIABLE)) throw error(tok.offset(), "`struct` can only contain parameters");
                vars.add(parseVariable(Ctx.STRUCT));
                if (!tok.is(Kind.COMMA)) break;
                consume();
            }
        }
        expect(Kind.RPAREN, "expected ')' after argument list");
        return new ParamList(vars, true);
    }

    private Custom parseCustom(Ctx ctx) {
        int at = tok.offset();
        consume();
        if (ctx == Ctx.CUSTOM || ctx == Ctx.STRUCT) throw error(at, "`custom` may only be used at the top level");
        expect(Kind.LESS, "expected '<' before custom directive name");
        Token name = expect(Kind.IDENTIFIER, "expected custom directive name identifier");
        expect(Kind.GREATER, "expected '>' after custom directive name");
        expect(Kind.LPAREN, "expected '(' before custom directive parameters");
        List<Var> args = new ArrayList<>();
        while (true) {
            if (tok.is(Kind.REF)) args.add(parseRef());
            else if (tok.is(Kind.VARIABLE)) args.add(parseVariable(Ctx.CUSTOM));
            else throw error(tok.offset(), "only parameters may be used as arguments to a custom directive");
            if (!tok.is(Kind.COMMA)) break;
            consume();
        }
        expect(Kind.RPAREN, "expected ')' after custom directive parameters");
        ParamDirective directive = directives.get(name.text());
        if (directive == null) {
            throw error(name.offset(), "no Java implementation was given for custom directive '" + name.text() + "'");
        }
        return new Custom(name.text(), directive, args);
    }

    /** {@code (then)?} or {@code (then) : (else)?}, with the anchor marked {@code ^}. */
    private Group parseGroup(Ctx ctx) {
        int at = tok.offset();
        consume();
        if (ctx != Ctx.TOP) throw error(at, "optional groups can only be used as top-level elements");
        Item[] anchor = new Item[1];
        List<Item> thenItems = parseGroupItems(anchor);
        boolean anchorInThen = anchor[0] != null;
        List<Item> elseItems = List.of();
        if (tok.is(Kind.COLON)) {
            consume();
            expect(Kind.LPAREN, "expected '(' to start else branch of optional group");
            elseItems = parseGroupItems(anchor);
        }
        expect(Kind.QUESTION, "expected '?' after optional group");
        if (anchor[0] == null) throw error(at, "optional group has no anchor element");
        if (thenItems.stream().allMatch(i -> i instanceof Space)) {
            throw error(at, "optional group has no parsable elements");
        }
        Item first = thenItems.stream().filter(i -> !(i instanceof Space)).findFirst().orElseThrow();
        if (!(first instanceof Lit || first instanceof Var || first instanceof ParamList || first instanceof Custom)) {
            throw error(at, "first parsable element of an optional group must be a literal, parameter, or directive");
        }
        return new Group(thenItems, elseItems, anchor[0], !anchorInThen);
    }

    /** Elements up to the closing ')' of a group; the one marked {@code ^} becomes the anchor. */
    private List<Item> parseGroupItems(Item[] anchor) {
        List<Item> items = new ArrayList<>();
        while (!tok.is(Kind.RPAREN)) {
            if (tok.is(Kind.EOF)) throw error(tok.offset(), "expected ')' to end optional group");
            int at = tok.offset();
            Item item = parseItem(Ctx.TOP);
            checkOptional(item, at);
            if (tok.is(Kind.CARET)) {
                if (anchor[0] != null) throw error(tok.offset(), "only one element can be marked as the anchor of an optional group");
                if (!(item instanceof Var || item instanceof ParamList || item instanceof Custom)) {
                    throw error(at, "optional group anchor must be a parameter or directive");
                }
                anchor[0] = item;
                consume();
            }
            items.add(item);
        }
        consume();
        return items;
    }

    private void checkOptional(Item item, int at) {
        switch (item) {
            case Var v when !v.spec.isOptional() -> throw error(at, "parameters in an optional group must be optional");
            case ParamList l when !l.struct && !allOptional(l) ->
                    throw error(at, "`params` directive allowed in optional group only if all parameters are optional");
            case ParamList l when l.struct && !allOptional(l) ->
                    throw error(at, "`struct` is only allowed in an optional group if all captured parameters are optional");
            default -> { }
        }
    }

    private static boolean allOptional(ParamList l) {
        for (Var v : l.vars) if (!v.spec.isOptional()) return false;
        return true;
    }

    /**
     * The spacing of generated attribute and type printers: no space after an opening bracket
     * or explicit whitespace, none before a closing bracket or comma; a parameter gets a space
     * unless it follows punctuation that asked for none. An optional group's then branch
     * starts and leaves the state as it found it.
     */
    private static final class Spacing {
        boolean shouldEmitSpace = true;
        boolean lastWasPunctuation = false;

        void run(List<Item> items) {
            for (Item i : items) visit(i);
        }

        private void visit(Item item) {
            switch (item) {
                case Lit l -> {
                    String v = l.literal.spelling;
                    boolean space = shouldEmitSpace && FormatParser.Spacing.spaceBefore(v, lastWasPunctuation);
                    l.printed = space ? " " + v : v;
                    shouldEmitSpace = v.length() != 1 || "<({[".indexOf(v.charAt(0)) < 0;
                    lastWasPunctuation = v.charAt(0) != '_' && !FormatLexer.isAlpha(v.charAt(0));
                }
                case Space s -> {
                    shouldEmitSpace = false;
                    lastWasPunctuation = true;
                }
                case Group g -> {
                    boolean savedSpace = shouldEmitSpace;
                    boolean savedPunctuation = lastWasPunctuation;
                    for (Item i : g.thenItems) visit(i);
                    shouldEmitSpace = savedSpace;
                    lastWasPunctuation = savedPunctuation;
                    for (Item i : g.elseItems) visit(i);
                }
                case ParamList l -> {
                    l.space = shouldEmitSpace || !lastWasPunctuation;
                    for (Var v : l.vars) v.space = false;
                    shouldEmitSpace = true;
                    lastWasPunctuation = false;
                }
                default -> {
                    item.space = shouldEmitSpace || !lastWasPunctuation;
                    shouldEmitSpace = true;
                    lastWasPunctuation = false;
                }
            }
        }
    }
}
