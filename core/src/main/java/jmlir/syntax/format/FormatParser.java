package jmlir.syntax.format;

import jmlir.ir.OpDef;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.syntax.format.Elements.AttrDict;
import jmlir.syntax.format.Elements.AttrVar;
import jmlir.syntax.format.Elements.Custom;
import jmlir.syntax.format.Elements.FunctionalTypeDir;
import jmlir.syntax.format.Elements.Literal;
import jmlir.syntax.format.Elements.OIList;
import jmlir.syntax.format.Elements.OperandVar;
import jmlir.syntax.format.Elements.OperandsDir;
import jmlir.syntax.format.Elements.OptionalGroup;
import jmlir.syntax.format.Elements.PropDict;
import jmlir.syntax.format.Elements.Ref;
import jmlir.syntax.format.Elements.RegionVar;
import jmlir.syntax.format.Elements.RegionsDir;
import jmlir.syntax.format.Elements.ResultVar;
import jmlir.syntax.format.Elements.ResultsDir;
import jmlir.syntax.format.Elements.StringArg;
import jmlir.syntax.format.Elements.SuccessorVar;
import jmlir.syntax.format.Elements.SuccessorsDir;
import jmlir.syntax.format.Elements.TypeDir;
import jmlir.syntax.format.Elements.Whitespace;
import jmlir.syntax.format.FormatLexer.Kind;
import jmlir.syntax.format.FormatLexer.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads an assembly format against its op's definition and checks it as mlir-tblgen does
 * (every operand, region and successor shown, every type written or inferable, no ambiguous
 * neighbours), then settles how the printer spaces elements and where unwritten types come from.
 */
final class FormatParser extends FormatReader {
    private enum Ctx { TOP, CUSTOM, TYPE, REF }

    private final OpDef def;
    private final Map<String, CustomDirective> directives;

    boolean hasAttrDict;
    boolean hasPropDict;
    boolean hasAllRegions;
    boolean hasAllSuccessors;
    boolean allOperands;
    boolean allOperandTypes;
    boolean allResultTypes;
    boolean infersResultTypes;
    final BitSet seenOperandTypes = new BitSet();
    final BitSet seenResultTypes = new BitSet();
    final LinkedHashSet<Integer> seenAttrs = new LinkedHashSet<>();
    private final Set<Integer> seenOperands = new HashSet<>();
    private final Set<Integer> seenRegions = new HashSet<>();
    private final Set<Integer> seenSuccessors = new HashSet<>();

    /** Where each operand's and result's type comes from when the format does not write it. */
    final AssemblyFormat.TypeSource[] operandSources;
    final AssemblyFormat.TypeSource[] resultSources;

    FormatParser(OpDef def, String src, Map<String, CustomDirective> directives) {
        super(def.name(), src);
        this.def = def;
        this.directives = directives;
        this.operandSources = new AssemblyFormat.TypeSource[def.operands().size()];
        this.resultSources = new AssemblyFormat.TypeSource[def.results().size()];
    }

    // ================================================================ parsing

    List<Element> parse() {
        consume();
        List<Element> elements = new ArrayList<>();
        while (!tok.is(Kind.EOF)) elements.add(parseElement(Ctx.TOP));
        verify(elements);
        new Spacing().run(elements);
        markOptionalGroups(elements, false);
        return elements;
    }

    private Element parseElement(Ctx ctx) {
        return switch (tok.kind()) {
            case LITERAL -> parseLiteral(ctx);
            case STRING -> parseString(ctx);
            case VARIABLE -> parseVariable(ctx);
            case LPAREN -> parseOptionalGroup(ctx);
            default -> {
                if (tok.kind().isKeyword()) yield parseDirective(ctx);
                throw error(tok.offset(), "expected literal, variable, directive, or optional group");
            }
        };
    }

    private Element parseLiteral(Ctx ctx) {
        Token t = tok;
        consume();
        if (ctx != Ctx.TOP) throw error(t.offset(), "literals may only be used in the top-level section of the format");
        String text = t.text();
        if (text.length() < 2 || text.charAt(0) != '`' || text.charAt(text.length() - 1) != '`') {
            throw error(t.offset(), "expected literal, but got '" + text + "'");
        }
        String value = text.substring(1, text.length() - 1);
        if (value.isEmpty() || value.equals(" ") || value.equals("\\n")) return new Whitespace(value);
        String problem = literalProblem(value);
        if (problem != null) throw error(t.offset(), "expected valid literal but got '" + value + "': " + problem);
        return new Literal(value);
    }

    /** Why a literal is not valid, or null: single punctuation or letters, {@code ->}, {@code ...}, or a keyword. */
    static String literalProblem(String value) {
        char front = value.charAt(0);
        if (value.length() == 1) {
            String bare = "_:,=<>()[]{}?+-*";
            if (FormatLexer.isAlpha(front) || bare.indexOf(front) >= 0) return null;
            return "single character literal must be a letter or one of '" + bare + "'";
        }
        if (value.equals("->") || value.equals("...")) return null;
        if (!FormatLexer.isAlpha(front) && front != '_') return "valid keyword starts with a letter or '_'";
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(FormatLexer.isAlnum(c) || c == '_' || c == '$' || c == '.')) {
                return "keywords should contain only alphanum, '_', '$', or '.' characters";
            }
        }
        return null;
    }

    private Element parseString(Ctx ctx) {
        Token t = tok;
        consume();
        if (ctx != Ctx.CUSTOM) throw error(t.offset(), "strings may only be used as 'custom' directive arguments");
        String contents = t.text().substring(1, t.text().length() - 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < contents.length(); i++) if (contents.charAt(i) != '\\') value.append(contents.charAt(i));
        return new StringArg(value.toString());
    }

    private Element parseVariable(Ctx ctx) {
        Token t = tok;
        consume();
        int at = t.offset();
        String name = t.text().substring(1);
        int a = def.attributeIndex(name);
        if (a >= 0) {
            if (ctx == Ctx.TYPE) throw error(at, "attributes cannot be used as children to a `type` directive");
            if (ctx == Ctx.REF) {
                if (!seenAttrs.contains(a)) throw error(at, "attribute '" + name + "' must be bound before it is referenced");
            } else if (!seenAttrs.add(a)) {
                throw error(at, "attribute '" + name + "' is already bound");
            }
            return new AttrVar(a, def.attributes().get(a));
        }
        int o = def.operandIndex(name);
        if (o >= 0) {
            if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
                if (allOperands || !seenOperands.add(o)) throw error(at, "operand '" + name + "' is already bound");
            } else if (ctx == Ctx.REF && !seenOperands.contains(o)) {
                throw error(at, "operand '" + name + "' must be bound before it is referenced");
            }
            return new OperandVar(o, def.operands().get(o));
        }
        int r = def.regionIndex(name);
        if (r >= 0) {
            if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
                if (hasAllRegions || !seenRegions.add(r)) throw error(at, "region '" + name + "' is already bound");
            } else if (ctx == Ctx.REF) {
                if (!seenRegions.contains(r)) throw error(at, "region '" + name + "' must be bound before it is referenced");
            } else {
                throw error(at, "regions can only be used at the top level or in a ref directive");
            }
            return new RegionVar(r, def.regions().get(r));
        }
        int res = def.resultIndex(name);
        if (res >= 0) {
            if (ctx != Ctx.TYPE) {
                throw error(at, "result variables can can only be used as a child to a 'type' directive");
            }
            return new ResultVar(res, def.results().get(res));
        }
        int s = def.successorIndex(name);
        if (s >= 0) {
            if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
                if (hasAllSuccessors || !seenSuccessors.add(s)) throw error(at, "successor '" + name + "' is already bound");
            } else if (ctx == Ctx.REF) {
                if (!seenSuccessors.contains(s)) {
                    throw error(at, "successor '" + name + "' must be bound before it is referenced");
                }
            } else {
                throw error(at, "successors can only be used at the top level or in a ref directive");
            }
            return new SuccessorVar(s, def.successors().get(s));
        }
        throw error(at, "expected variable to refer to an argument, region, result, or successor");
    }

    private Element parseDirective(Ctx ctx) {
        Token t = tok;
        consume();
        int at = t.offset();
        return switch (t.kind()) {
            case CUSTOM -> parseCustom(at, ctx);
            case REF -> parseRef(at, ctx);
            case QUALIFIED -> parseQualified(at, ctx);
            case PROP_DICT -> parsePropDict(at, ctx);
            case ATTR_DICT -> parseAttrDict(at, ctx, false);
            case ATTR_DICT_WITH_KEYWORD -> parseAttrDict(at, ctx, true);
            case FUNCTIONAL_TYPE -> parseFunctionalType(at, ctx);
            case OPERANDS -> parseOperands(at, ctx);
            case REGIONS -> parseRegions(at, ctx);
            case RESULTS -> parseResults(at, ctx);
            case SUCCESSORS -> parseSuccessors(at, ctx);
            case TYPE -> parseType(at, ctx);
            case OILIST -> parseOIList(at, ctx);
            default -> throw error(at, "unsupported directive kind");
        };
    }

    private Element parseAttrDict(int at, Ctx ctx, boolean withKeyword) {
        if (ctx == Ctx.TYPE) throw error(at, "'attr-dict' directive can only be used as a top-level directive");
        if (ctx == Ctx.REF) {
            if (!hasAttrDict) throw error(at, "'ref' of 'attr-dict' is not bound by a prior 'attr-dict' directive");
        } else {
            if (hasAttrDict) throw error(at, "'attr-dict' directive has already been seen");
            hasAttrDict = true;
        }
        return new AttrDict(withKeyword);
    }

    private Element parsePropDict(int at, Ctx ctx) {
        if (ctx == Ctx.TYPE) throw error(at, "'prop-dict' directive can only be used as a top-level directive");
        if (ctx == Ctx.REF) throw error(at, "'ref' of 'prop-dict' unsupported");
        if (hasPropDict) throw error(at, "'prop-dict' directive has already been seen");
        hasPropDict = true;
        return new PropDict();
    }

    private Element parseCustom(int at, Ctx ctx) {
        if (ctx != Ctx.TOP) {
            throw error(at, "`custom` can only be used at the top-level context or within a `struct` directive");
        }
        expect(Kind.LESS, "expected '<' before custom directive name");
        Token name = expect(Kind.IDENTIFIER, "expected custom directive name identifier");
        expect(Kind.GREATER, "expected '>' after custom directive name");
        expect(Kind.LPAREN, "expected '(' before custom directive parameters");
        List<Element> args = new ArrayList<>();
        while (true) {
            args.add(parseElement(Ctx.CUSTOM));
            if (!tok.is(Kind.COMMA)) break;
            consume();
        }
        expect(Kind.RPAREN, "expected ')' after custom directive parameters");
        for (Element a : args) {
            if (!(a instanceof AttrDict || a instanceof PropDict || a instanceof AttrVar || a instanceof OperandVar
                    || a instanceof Ref || a instanceof RegionVar || a instanceof SuccessorVar || a instanceof StringArg
                    || a instanceof TypeDir)) {
                throw error(at, "only variables and types may be used as parameters to a custom directive");
            }
            if (a instanceof TypeDir t && !(t.target instanceof OperandVar || t.target instanceof ResultVar)) {
                throw error(at, "type directives within a custom directive may only refer to variables");
            }
        }
        CustomDirective directive = directives.get(name.text());
        if (directive == null) {
            throw error(name.offset(), "no Java implementation was given for custom directive '" + name.text() + "'");
        }
        return new Custom(name.text(), directive, args);
    }

    private Element parseRef(int at, Ctx ctx) {
        if (ctx != Ctx.CUSTOM) throw error(at, "'ref' is only valid within a `custom` directive");
        expect(Kind.LPAREN, "expected '(' before argument list");
        Element target = parseElement(Ctx.REF);
        expect(Kind.RPAREN, "expected ')' after argument list");
        return new Ref(target);
    }

    private Element parseQualified(int at, Ctx ctx) {
        expect(Kind.LPAREN, "expected '(' before argument list");
        Element e = parseElement(ctx);
        if (e instanceof AttrVar a) {
            a.qualified = true;
        } else if (e instanceof TypeDir t) {
            t.qualified = true;
        } else {
            throw error(at, "'qualified' directive expects an attribute or a `type` directive");
        }
        expect(Kind.RPAREN, "expected ')' after argument list");
        return e;
    }

    private Element parseFunctionalType(int at, Ctx ctx) {
        if (ctx != Ctx.TOP) throw error(at, "'functional-type' is only valid as a top-level directive");
        expect(Kind.LPAREN, "expected '(' before argument list");
        Element inputs = parseTypeOperand(at, false);
        expect(Kind.COMMA, "expected ',' after inputs argument");
        Element results = parseTypeOperand(at, false);
        expect(Kind.RPAREN, "expected ')' after argument list");
        return new FunctionalTypeDir(inputs, results);
    }

    private Element parseOperands(int at, Ctx ctx) {
        if (ctx == Ctx.REF) {
            if (!allOperands) throw error(at, "'ref' of 'operands' is not bound by a prior 'operands' directive");
        } else if (ctx == Ctx.TOP || ctx == Ctx.CUSTOM) {
            if (allOperands || !seenOperands.isEmpty()) throw error(at, "'operands' directive creates overlap in format");
            allOperands = true;
        }
        return new OperandsDir();
    }

    private Element parseRegions(int at, Ctx ctx) {
        if (ctx == Ctx.TYPE) throw error(at, "'regions' is only valid as a top-level directive");
        if (ctx == Ctx.REF) {
            if (!hasAllRegions) throw error(at, "'ref' of 'regions' is not bound by a prior 'regions' directive");
        } else {
            if (hasAllRegions || !seenRegions.isEmpty()) throw error(at, "'regions' directive creates overlap in format");
            hasAllRegions = true;
        }
        return new RegionsDir();
    }

    private Element parseResults(int at, Ctx ctx) {
        if (ctx != Ctx.TYPE) {
            throw error(at, "'results' directive can can only be used as a child to a 'type' directive");
        }
        return new ResultsDir();
    }

    private Element parseSuccessors(int at, Ctx ctx) {
        if (ctx == Ctx.TYPE) throw error(at, "'successors' is only valid as a top-level directive");
        if (ctx == Ctx.REF) {
            if (!hasAllSuccessors) {
                throw error(at, "'ref' of 'successors' is not bound by a prior 'successors' directive");
            }
        } else {
            if (hasAllSuccessors || !seenSuccessors.isEmpty()) {
                throw error(at, "'successors' directive creates overlap in format");
            }
            hasAllSuccessors = true;
        }
        return new SuccessorsDir();
    }

    private Element parseType(int at, Ctx ctx) {
        if (ctx == Ctx.TYPE) throw error(at, "'type' cannot be used as a child of another `type`");
        expect(Kind.LPAREN, "expected '(' before argument list");
        Element target = parseTypeOperand(at, ctx == Ctx.REF);
        expect(Kind.RPAREN, "expected ')' after argument list");
        return new TypeDir(target);
    }

    private Element parseTypeOperand(int at, boolean isRef) {
        Element e = parseElement(Ctx.TYPE);
        if (e instanceof Literal || e instanceof Whitespace) {
            throw error(at, "'type' directive operand expects variable or directive operand");
        } else if (e instanceof OperandVar o) {
            boolean bound = allOperandTypes || seenOperandTypes.get(o.index);
            if (!isRef && bound) throw error(at, "'type' of '" + o.spec.name() + "' is already bound");
            if (isRef && !bound) {
                throw error(at, "'ref' of 'type($" + o.spec.name() + ")' is not bound by a prior 'type' directive");
            }
            seenOperandTypes.set(o.index);
        } else if (e instanceof ResultVar r) {
            boolean bound = allResultTypes || seenResultTypes.get(r.index);
            if (!isRef && bound) throw error(at, "'type' of '" + r.spec.name() + "' is already bound");
            if (isRef && !bound) {
                throw error(at, "'ref' of 'type($" + r.spec.name() + ")' is not bound by a prior 'type' directive");
            }
            seenResultTypes.set(r.index);
        } else if (e instanceof OperandsDir) {
            if (!isRef && (allOperandTypes || !seenOperandTypes.isEmpty())) {
                throw error(at, "'operands' 'type' is already bound");
            }
            if (isRef && !allOperandTypes) {
                throw error(at, "'ref' of 'type(operands)' is not bound by a prior 'type' directive");
            }
            allOperandTypes = true;
        } else if (e instanceof ResultsDir) {
            if (!isRef && (allResultTypes || !seenResultTypes.isEmpty())) {
                throw error(at, "'results' 'type' is already bound");
            }
            if (isRef && !allResultTypes) {
                throw error(at, "'ref' of 'type(results)' is not bound by a prior 'type' directive");
            }
            allResultTypes = true;
        } else {
            throw error(at, "invalid argument to 'type' directive");
        }
        return e;
    }

    private Element parseOIList(int at, Ctx ctx) {
        expect(Kind.LPAREN, "expected '(' before oilist argument list");
        List<Literal> keywords = new ArrayList<>();
        List<List<Element>> clauses = new ArrayList<>();
        List<List<Element>> variables = new ArrayList<>();
        while (true) {
            Element keyword = parseLiteral(ctx);
            if (!(keyword instanceof Literal l)) throw error(at, "expected a keyword to start an oilist clause");
            keywords.add(l);
            List<Element> clause = new ArrayList<>();
            List<Element> vars = new ArrayList<>();
            while (!tok.is(Kind.PIPE) && !tok.is(Kind.RPAREN)) {
                Element e = parseElement(ctx);
                List<Element> found = new ArrayList<>();
                Elements.collectVariables(e, found);
                for (Element v : found) verifyOIListVariable(v, at);
                vars.addAll(found);
                clause.add(e);
            }
            clauses.add(clause);
            variables.add(vars);
            boolean more = tok.is(Kind.PIPE);
            consume();
            if (!more) break;
        }
        return new OIList(keywords, clauses, variables);
    }

    private void verifyOIListVariable(Element v, int at) {
        if (v instanceof AttrVar a) {
            if (!a.isOptionalOrDefaulted()) throw error(at, "only optional attributes can be used in an oilist parsing group");
        } else if (v instanceof OperandVar o) {
            if (!o.isVariableLength()) {
                throw error(at, "only variable length operands can be used within an oilist parsing group");
            }
        } else if (v instanceof ResultVar r) {
            if (!r.isVariableLength()) {
                throw error(at, "only variable length results can be used within an oilist parsing group");
            }
        } else if (v instanceof RegionVar) {
            // regions may appear in any group
        } else {
            throw error(at, "only literals, types, and variables can be used within an oilist group");
        }
    }

    private Element parseOptionalGroup(Ctx ctx) {
        int at = tok.offset();
        consume();
        if (ctx != Ctx.TOP) throw error(at, "optional groups can only be used as top-level elements");
        Element[] anchor = new Element[1];
        List<Element> thenElements = parseGroupChildren(anchor);
        consume();
        boolean inverted = anchor[0] == null;
        List<Element> elseElements = new ArrayList<>();
        if (tok.is(Kind.COLON)) {
            consume();
            expect(Kind.LPAREN, "expected '(' to start else branch of optional group");
            elseElements = parseGroupChildren(anchor);
            consume();
        }
        expect(Kind.QUESTION, "expected '?' after optional group");
        if (anchor[0] == null) throw error(at, "optional group has no anchor element");
        for (Element e : thenElements) verifyGroupElement(at, e, e == anchor[0]);
        for (Element e : elseElements) verifyGroupElement(at, e, false);
        int start = 0;
        while (start < thenElements.size() && thenElements.get(start) instanceof Whitespace) start++;
        Element first = start < thenElements.size() ? thenElements.get(start) : null;
        if (!(first instanceof Literal || isVariable(first) || first instanceof Custom)) {
            throw error(at, "first parsable element of an optional group must be a literal, variable, or custom "
                    + "directive");
        }
        OptionalGroup g = new OptionalGroup(thenElements, elseElements, anchor[0], inverted, start);
        if (anchor[0] instanceof AttrVar a && a.isUnit()) {
            // A unit attribute anchor that does not start a branch is implied by the branch.
            if (a != thenElements.get(0) && (elseElements.isEmpty() || a != elseElements.get(0))) g.elidedUnitAnchor = a;
            if (a != first) g.parseElidedThen = a;
            if (!elseElements.isEmpty() && a != elseElements.get(0)) g.parseElidedElse = a;
        }
        return g;
    }

    private static boolean isVariable(Element e) {
        return e instanceof AttrVar || e instanceof OperandVar || e instanceof RegionVar || e instanceof SuccessorVar
                || e instanceof ResultVar;
    }

    private List<Element> parseGroupChildren(Element[] anchor) {
        List<Element> elements = new ArrayList<>();
        do {
            Element e = parseElement(Ctx.TOP);
            if (tok.is(Kind.CARET)) {
                if (anchor[0] != null) {
                    throw error(tok.offset(), "only one element can be marked as the anchor of an optional group");
                }
                anchor[0] = e;
                consume();
            }
            elements.add(e);
        } while (!tok.is(Kind.RPAREN));
        return elements;
    }

    private void verifyGroupElement(int at, Element e, boolean isAnchor) {
        if (e instanceof AttrVar a) {
            if (isAnchor && !a.isOptionalOrDefaulted()) {
                throw error(at, "only optional or default-valued attributes can be used to anchor an optional group");
            }
        } else if (e instanceof OperandVar o) {
            if (!o.isVariableLength()) {
                throw error(at, "only variable length operands can be used within an optional group");
            }
        } else if (e instanceof ResultVar r) {
            if (!r.isVariableLength()) {
                throw error(at, "only variable length results can be used within an optional group");
            }
        } else if (e instanceof RegionVar) {
            // regions may appear in any group
        } else if (e instanceof TypeDir t) {
            verifyGroupElement(at, t.target, false);
        } else if (e instanceof FunctionalTypeDir f) {
            verifyGroupElement(at, f.inputs, false);
            verifyGroupElement(at, f.results, false);
        } else if (e instanceof Custom c) {
            if (!isAnchor) return;
            for (Element arg : c.args) if (!(arg instanceof Ref)) verifyGroupElement(at, arg, true);
        } else if (e instanceof Literal || e instanceof Whitespace || e instanceof OptionalGroup) {
            if (isAnchor) throw error(at, "only variables and types can be used to anchor an optional group");
        } else {
            throw error(at, "only literals, types, and variables can be used within an optional group");
        }
    }

    // ================================================================ verification

    private void verify(List<Element> elements) {
        if (!hasAttrDict) throw error(0, "'attr-dict' directive not found in custom assembly format");
        Map<String, AssemblyFormat.TypeSource> resolvers = typeResolvers();
        verifyAttributeColonType(elements);
        verifyAttrDictRegion(elements);
        verifyResults(resolvers);
        verifyOperands(resolvers);
        verifyRegions();
        verifySuccessors();
        verifyOIListAdjacency(elements);
    }

    /** Types that constraints let the parser infer from written ones, by variable name. */
    private Map<String, AssemblyFormat.TypeSource> typeResolvers() {
        Map<String, AssemblyFormat.TypeSource> resolvers = new HashMap<>();
        if (def.hasTrait(Trait.SAME_TYPE_OPERANDS)) sameTypes(resolvers, false);
        if (def.hasTrait(Trait.SAME_OPERANDS_AND_RESULT_TYPE)) sameTypes(resolvers, true);
        for (OpDef.TypeRelation relation : def.typeRelations()) {
            if (relation instanceof OpDef.AllTypesMatch m) {
                List<String> names = m.names();
                for (int i = 0; i < names.size(); i++) {
                    AssemblyFormat.TypeSource source = seenSource(names.get(i), null);
                    if (source == null) continue;
                    for (int j = 0; j < names.size(); j++) if (j != i) resolvers.put(names.get(j), source);
                }
            } else if (relation instanceof OpDef.TypesMatchWith w) {
                AssemblyFormat.TypeSource source = seenSource(w.lhs(), w.transform());
                if (source != null) resolvers.put(w.rhs(), source);
            }
        }
        return resolvers;
    }

    private void sameTypes(Map<String, AssemblyFormat.TypeSource> resolvers, boolean includeResults) {
        AssemblyFormat.TypeSource source;
        int first = seenOperandTypes.nextSetBit(0);
        if (first >= 0) {
            source = AssemblyFormat.TypeSource.operand(first, null);
        } else if (includeResults && (first = seenResultTypes.nextSetBit(0)) >= 0) {
            source = AssemblyFormat.TypeSource.result(first, null);
        } else {
            return;
        }
        for (int i = 0; i < def.operands().size(); i++) {
            if (!seenOperandTypes.get(i)) resolvers.put(def.operands().get(i).name(), source);
        }
        if (includeResults) {
            for (int i = 0; i < def.results().size(); i++) {
                if (!seenResultTypes.get(i)) resolvers.put(def.results().get(i).name(), source);
            }
        }
    }

    /** The source for a named operand or result whose type is written, or an attribute that is. */
    private AssemblyFormat.TypeSource seenSource(String name, UnaryOperator<Type> transform) {
        int o = def.operandIndex(name);
        if (o >= 0) return seenOperandTypes.get(o) ? AssemblyFormat.TypeSource.operand(o, transform) : null;
        int r = def.resultIndex(name);
        if (r >= 0) return seenResultTypes.get(r) ? AssemblyFormat.TypeSource.result(r, transform) : null;
        int a = def.attributeIndex(name);
        if (a >= 0) return seenAttrs.contains(a) ? AssemblyFormat.TypeSource.attribute(a, transform) : null;
        return null;
    }

    private void verifyResults(Map<String, AssemblyFormat.TypeSource> resolvers) {
        if (allResultTypes) return;
        if (!def.results().isEmpty() && seenResultTypes.isEmpty() && def.resultTypeInference() != null) {
            infersResultTypes = true;
            return;
        }
        for (int i = 0; i < def.results().size(); i++) {
            if (seenResultTypes.get(i)) continue;
            OpDef.ValueSpec result = def.results().get(i);
            AssemblyFormat.TypeSource source = resolvers.get(result.name());
            if (source != null) {
                resultSources[i] = source;
                continue;
            }
            Type buildable = result.constraint().buildableType();
            if (buildable == null || result.arity() != OpDef.Arity.SINGLE) {
                throw error(0, "type of result #" + i + ", named '" + result.name()
                        + "', is not buildable and a buildable type cannot be inferred",
                        "suggest adding a type constraint to the operation or adding a 'type($" + result.name()
                                + ")' directive to the custom assembly format");
            }
            resultSources[i] = AssemblyFormat.TypeSource.buildable(buildable);
        }
    }

    private void verifyOperands(Map<String, AssemblyFormat.TypeSource> resolvers) {
        for (int i = 0; i < def.operands().size(); i++) {
            OpDef.ValueSpec operand = def.operands().get(i);
            if (!allOperands && !seenOperands.contains(i)) {
                throw error(0, "operand #" + i + ", named '" + operand.name() + "', not found",
                        "suggest adding a '$" + operand.name() + "' directive to the custom assembly format");
            }
            if (allOperandTypes || seenOperandTypes.get(i)) continue;
            AssemblyFormat.TypeSource source = resolvers.get(operand.name());
            if (source != null) {
                operandSources[i] = source;
                continue;
            }
            Type buildable = operand.constraint().buildableType();
            if (buildable == null || (allOperands && operand.arity() != OpDef.Arity.SINGLE)) {
                throw error(0, "type of operand #" + i + ", named '" + operand.name()
                        + "', is not buildable and a buildable type cannot be inferred",
                        "suggest adding a type constraint to the operation or adding a 'type($" + operand.name()
                                + ")' directive to the custom assembly format");
            }
            operandSources[i] = AssemblyFormat.TypeSource.buildable(buildable);
        }
    }

    private void verifyRegions() {
        if (hasAllRegions) return;
        for (int i = 0; i < def.regions().size(); i++) {
            if (!seenRegions.contains(i)) {
                String name = def.regions().get(i).name();
                throw error(0, "region #" + i + ", named '" + name + "', not found",
                        "suggest adding a '$" + name + "' directive to the custom assembly format");
            }
        }
    }

    private void verifySuccessors() {
        if (hasAllSuccessors) return;
        for (int i = 0; i < def.successors().size(); i++) {
            if (!seenSuccessors.contains(i)) {
                String name = def.successors().get(i).name();
                throw error(0, "successor #" + i + ", named '" + name + "', not found",
                        "suggest adding a '$" + name + "' directive to the custom assembly format");
            }
        }
    }

    private void verifyOIListAdjacency(List<Element> elements) {
        List<String> prohibited = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof OIList l) {
                if (!prohibited.isEmpty()) {
                    for (Literal k : l.keywords) {
                        if (prohibited.contains(k.spelling)) {
                            throw error(0, "format ambiguity because " + k.spelling
                                    + " is used in two adjacent oilist elements.");
                        }
                    }
                }
                for (Literal k : l.keywords) prohibited.add(k.spelling);
            } else if (e instanceof Literal k) {
                if (prohibited.contains(k.spelling)) {
                    throw error(0, "format ambiguity because " + k.spelling
                            + " is used both in oilist element and the adjacent literal.");
                }
                prohibited.clear();
            } else {
                prohibited.clear();
            }
        }
    }

    // ---------------------------------------------------------------- ambiguity between neighbours

    private interface Check {
        boolean isBase(Element e);

        /** Fails (throwing) when {@code e} after {@code base} makes the format ambiguous; false otherwise. */
        void check(Element base, Element e);
    }

    private void verifyAttributeColonType(List<Element> elements) {
        verifyAdjacent(new Check() {
            @Override
            public boolean isBase(Element e) {
                return e instanceof AttrVar a && a.valueType == null
                        && (a.qualified || a.constraint.isAnyAttribute());
            }

            @Override
            public void check(Element base, Element e) {
                if (e instanceof Literal l && l.spelling.equals(":")) {
                    throw error(0, "format ambiguity caused by `:` literal found after attribute `"
                            + ((AttrVar) base).spec.name() + "` which does not have a buildable type");
                }
            }
        }, elements);
    }

    private void verifyAttrDictRegion(List<Element> elements) {
        verifyAdjacent(new Check() {
            @Override
            public boolean isBase(Element e) {
                return e instanceof AttrDict d && !d.withKeyword;
            }

            @Override
            public void check(Element base, Element e) {
                if (e instanceof RegionVar r) {
                    throw error(0, "format ambiguity caused by `attr-dict` directive followed by region `"
                            + r.spec.name() + "`", "try using `attr-dict-with-keyword` instead");
                }
            }
        }, elements);
    }

    /**
     * Checks what can follow each base element, looking through optionally parsed elements and
     * into optional groups. Returns a base that reached the end of {@code elements} unchecked.
     */
    private Element verifyAdjacent(Check c, List<Element> elements) {
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            Element base;
            if (c.isBase(e)) {
                base = e;
            } else if (e instanceof OptionalGroup g) {
                Element thenBase = verifyAdjacent(c, List.of(g.thenElements));
                Element elseBase = verifyAdjacent(c, List.of(g.elseElements));
                base = thenBase != null ? thenBase : elseBase;
                if (base == null) continue;
            } else {
                continue;
            }
            if (!checkFollowing(c, base, elements.subList(i + 1, elements.size()), null)) return base;
        }
        return null;
    }

    /** True when a closing element was found after {@code base}; false when the end was reached. */
    private boolean checkFollowing(Check c, Element base, List<Element> range, Element guard) {
        for (Element e : range) {
            c.check(base, e);
            if (e instanceof OptionalGroup g) {
                checkFollowing(c, base, List.of(g.thenElements), g.thenElements[0]);
                checkFollowing(c, base, List.of(g.elseElements), null);
                continue;
            }
            if (e != guard && isOptionallyParsed(e)) continue;
            return true;
        }
        return false;
    }

    private static boolean isOptionallyParsed(Element e) {
        if (e instanceof AttrVar a) return a.isOptionalOrDefaulted();
        if (e instanceof OperandVar o) return o.isVariableLength();
        if (e instanceof SuccessorVar s) return s.spec.variadic();
        if (e instanceof RegionVar r) return r.spec.variadic();
        return e instanceof Whitespace || e instanceof AttrDict;
    }

    // ================================================================ after verification

    /** Attributes after the first element of an optional group are read as required. */
    private static void markOptionalGroups(List<Element> elements, boolean inGroup) {
        for (Element e : elements) {
            if (e instanceof AttrVar a) a.inOptionalGroup = inGroup;
            if (e instanceof OptionalGroup g) {
                markOptionalGroups(List.of(g.thenElements), true);
                markOptionalGroups(List.of(g.elseElements), true);
            }
        }
    }

    /**
     * Decides where the printer puts spaces, walking the elements in order with MLIR's rules: a
     * space before anything but some punctuation, none after opening brackets, none after
     * {@code ``}. Both branches of an optional group are walked, then what follows.
     */
    static final class Spacing {
        boolean shouldEmitSpace = true;
        boolean lastWasPunctuation = false;

        void run(List<Element> elements) {
            for (Element e : elements) visit(e);
        }

        private void visit(Element e) {
            if (e instanceof Literal l) {
                literal(l);
            } else if (e instanceof Whitespace w) {
                if (w.isNewline()) return;
                lastWasPunctuation = w.value.isEmpty();
                shouldEmitSpace = false;
            } else if (e instanceof OptionalGroup g) {
                for (Element x : g.thenElements) if (x != g.elidedUnitAnchor) visit(x);
                for (Element x : g.elseElements) if (x != g.elidedUnitAnchor) visit(x);
            } else if (e instanceof OIList l) {
                for (int i = 0; i < l.keywords.length; i++) {
                    literal(l.keywords[i]);
                    if (l.unitClauses[i] == null) for (Element x : l.clauses[i]) visit(x);
                }
            } else if (e instanceof AttrDict) {
                lastWasPunctuation = false;
            } else if (e instanceof PropDict) {
                lastWasPunctuation = false;
            } else {
                e.space = shouldEmitSpace || !lastWasPunctuation;
                lastWasPunctuation = false;
                shouldEmitSpace = true;
            }
        }

        private void literal(Literal l) {
            String v = l.spelling;
            boolean space = shouldEmitSpace && spaceBefore(v, lastWasPunctuation);
            l.printed = space ? " " + v : v;
            char front = v.charAt(0);
            shouldEmitSpace = v.length() != 1 || "<({[".indexOf(front) < 0;
            lastWasPunctuation = front != '_' && !FormatLexer.isAlpha(front);
        }

        static boolean spaceBefore(String v, boolean lastWasPunctuation) {
            if (v.length() != 1 && !v.equals("->")) return true;
            if (lastWasPunctuation) return ">)}],".indexOf(v.charAt(0)) < 0;
            return "<>(){}[],".indexOf(v.charAt(0)) < 0;
        }
    }
}
