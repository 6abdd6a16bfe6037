package jmlir.dialect.irdl;

import jmlir.ir.ArrayAttr;
import jmlir.ir.Attribute;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Block;
import jmlir.ir.Dialect;
import jmlir.ir.OpDef;
import jmlir.ir.OpaqueAttr;
import jmlir.ir.OpaqueType;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.StringAttr;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;
import jmlir.syntax.format.CustomDirective;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The IRDL dialect: dialects, types, attributes and operations defined as IR, with their
 * constraints as SSA values of type {@code !irdl.attribute} (and regions as {@code !irdl.region}).
 * {@link IrdlLoader} turns such definitions into dialects a context can use.
 */
public final class IrdlDialect extends Dialect {
    public static final Type ATTRIBUTE = new OpaqueType("irdl", "attribute");
    public static final Type REGION = new OpaqueType("irdl", "region");

    static final TypeConstraint ATTRIBUTE_TYPE = TypeConstraint.buildable("IRDL handle to an mlir::Attribute", ATTRIBUTE);
    static final TypeConstraint REGION_TYPE = TypeConstraint.buildable("IRDL handle to a region definition", REGION);
    static final AttrConstraint STRING_ARRAY = AttrConstraint.ofKind("string array attribute",
            a -> a instanceof ArrayAttr, a -> ((ArrayAttr) a).elements().stream().allMatch(e -> e instanceof StringAttr), null);
    static final AttrConstraint VARIADICITY_ARRAY = AttrConstraint.of("",
            a -> a instanceof OpaqueAttr o && o.dialect().equals("irdl") && o.body().startsWith("variadicity_array["));

    public IrdlDialect() {
        super("irdl");
        String definition = "$sym_name attr-dict-with-keyword custom<SingleBlockRegion>($body)";
        addOperations(
                OpDef.builder("irdl.dialect").property("sym_name", AttrConstraint.SYMBOL_NAME).sizedRegion("body", 1)
                        .traits(Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR, Trait.SYMBOL, Trait.SYMBOL_TABLE)
                        .format(definition).directive("SingleBlockRegion", SINGLE_BLOCK_REGION).build(),
                definition("irdl.type", definition),
                definition("irdl.attribute", definition),
                definition("irdl.operation", definition),
                OpDef.builder("irdl.parameters").variadicOperand("args", ATTRIBUTE_TYPE)
                        .property("names", STRING_ARRAY)
                        .format("`` custom<NamedValueList>($args, $names) attr-dict")
                        .directive("NamedValueList", NAMED_VALUES).build(),
                valuesWithVariadicity("irdl.operands"),
                valuesWithVariadicity("irdl.results"),
                OpDef.builder("irdl.attributes").variadicOperand("attributeValues", ATTRIBUTE_TYPE)
                        .property("attributeValueNames", STRING_ARRAY)
                        .format("custom<AttributesOp>($attributeValues, $attributeValueNames) attr-dict")
                        .directive("AttributesOp", ATTRIBUTES).build(),
                OpDef.builder("irdl.region").variadicOperand("entryBlockArgs", ATTRIBUTE_TYPE)
                        .optionalProperty("numberOfBlocks", AttrConstraint.I32, null)
                        .optionalProperty("constrainedArguments", AttrConstraint.UNIT, null)
                        .result("output", REGION_TYPE)
                        .format("``(`(` $entryBlockArgs $constrainedArguments^ `)`)? ``(` ` `with` `size` $numberOfBlocks^)? attr-dict")
                        .build(),
                OpDef.builder("irdl.regions").variadicOperand("args", REGION_TYPE)
                        .property("names", STRING_ARRAY)
                        .format("`` custom<NamedValueList>($args, $names) attr-dict")
                        .directive("NamedValueList", NAMED_VALUES).build(),
                OpDef.builder("irdl.is").property("expected", AttrConstraint.ANY).result("output", ATTRIBUTE_TYPE)
                        .format("$expected ` ` attr-dict").build(),
                OpDef.builder("irdl.base")
                        .optionalProperty("base_ref", AttrConstraint.NESTED_SYMBOL_REF, null)
                        .optionalProperty("base_name", AttrConstraint.STRING, null)
                        .result("output", ATTRIBUTE_TYPE)
                        .format("custom<Base>($base_ref, $base_name) ` ` attr-dict")
                        .directive("Base", BASE).build(),
                OpDef.builder("irdl.parametric").property("base_type", AttrConstraint.NESTED_SYMBOL_REF)
                        .variadicOperand("args", ATTRIBUTE_TYPE).result("output", ATTRIBUTE_TYPE)
                        .format("$base_type `<` $args `>` ` ` attr-dict").build(),
                OpDef.builder("irdl.any").result("output", ATTRIBUTE_TYPE).format("attr-dict").build(),
                OpDef.builder("irdl.any_of").variadicOperand("args", ATTRIBUTE_TYPE).result("output", ATTRIBUTE_TYPE)
                        .format("`(` $args `)` ` ` attr-dict").build(),
                OpDef.builder("irdl.all_of").variadicOperand("args", ATTRIBUTE_TYPE).result("output", ATTRIBUTE_TYPE)
                        .format("`(` $args `)` ` ` attr-dict").build(),
                OpDef.builder("irdl.c_pred").property("pred", AttrConstraint.STRING).result("output", ATTRIBUTE_TYPE)
                        .format("$pred ` ` attr-dict").build());
    }

    private static OpDef definition(String name, String format) {
        return OpDef.builder(name).property("sym_name", AttrConstraint.SYMBOL_NAME).sizedRegion("body", 1)
                .traits(Trait.NO_TERMINATOR, Trait.SYMBOL)
                .format(format).directive("SingleBlockRegion", SINGLE_BLOCK_REGION).build();
    }

    private static OpDef valuesWithVariadicity(String name) {
        return OpDef.builder(name).variadicOperand("args", ATTRIBUTE_TYPE)
                .property("names", STRING_ARRAY).property("variadicity", VARIADICITY_ARRAY)
                .format("`` custom<NamedValueListWithVariadicity>($args, $names, $variadicity) attr-dict")
                .directive("NamedValueListWithVariadicity", NAMED_VALUES_WITH_VARIADICITY).build();
    }

    /** The {@code variadicity} attribute for these markers ({@code single}, {@code optional}, {@code variadic}). */
    public static Attribute variadicityArray(List<String> markers) {
        StringBuilder body = new StringBuilder("variadicity_array[");
        for (int i = 0; i < markers.size(); i++) body.append(i > 0 ? ",  " : " ").append(markers.get(i));
        return new OpaqueAttr("irdl", body.append(']').toString(), null);
    }

    /** The markers of a {@code variadicity} attribute. */
    public static List<String> variadicities(Attribute attr) {
        if (!(attr instanceof OpaqueAttr o)) return List.of();
        String body = o.body();
        String inner = body.substring(body.indexOf('[') + 1, body.lastIndexOf(']')).trim();
        if (inner.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : inner.split(",")) out.add(s.trim());
        return out;
    }

    /** A region of one block, written without braces when that block is empty. */
    private static final CustomDirective SINGLE_BLOCK_REGION = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            List<Block> blocks = parser.parseOptionalRegion(List.of(), args.regionsIsolated());
            if (blocks == null || blocks.isEmpty()) blocks = List.of(new Block());
            args.setRegion(0, blocks);
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            Region region = args.region(0);
            if (region.blocks().size() == 1 && region.entryBlock().isEmpty()) return;
            printer.printRegion(region, false, false);
        }
    };

    private static String readName(OpAsmParser parser) {
        String name = parser.parseKeyword("expected valid keyword");
        parser.expect(TokenKind.COLON);
        return name;
    }

    private static ArrayAttr names(List<String> names) {
        List<Attribute> out = new ArrayList<>();
        for (String n : names) out.add(StringAttr.of(n));
        return new ArrayAttr(out);
    }

    private static List<String> strings(Attribute attr) {
        List<String> out = new ArrayList<>();
        if (attr instanceof ArrayAttr a) for (Attribute e : a.elements()) if (e instanceof StringAttr s) out.add(s.value());
        return out;
    }

    /** {@code (name: %v, ...)}. */
    private static final CustomDirective NAMED_VALUES = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            parser.expect(TokenKind.LPAREN);
            List<UnresolvedOperand> operands = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (!parser.consumeIf(TokenKind.RPAREN)) {
                do {
                    names.add(readName(parser));
                    operands.add(parser.parseOperand());
                } while (parser.consumeIf(TokenKind.COMMA));
                parser.expect(TokenKind.RPAREN);
            }
            args.setOperands(0, operands);
            args.setAttribute(1, names(names));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            List<Value> values = args.operands(0);
            List<String> names = strings(args.attribute(1));
            printer.print("(");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) printer.print(", ");
                printer.print(i < names.size() ? names.get(i) : "").print(": ");
                printer.printOperand(values.get(i));
            }
            printer.print(")");
        }
    };

    private static final Set<String> MARKERS = Set.of("single", "optional", "variadic");

    /** {@code (name: optional %v, ...)}; {@code single} is the default and is not printed. */
    private static final CustomDirective NAMED_VALUES_WITH_VARIADICITY = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            parser.expect(TokenKind.LPAREN);
            List<UnresolvedOperand> operands = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            if (!parser.consumeIf(TokenKind.RPAREN)) {
                do {
                    names.add(readName(parser));
                    String marker = parser.parseOptionalKeyword(MARKERS);
                    markers.add(marker == null ? "single" : marker);
                    operands.add(parser.parseOperand());
                } while (parser.consumeIf(TokenKind.COMMA));
                parser.expect(TokenKind.RPAREN);
            }
            args.setOperands(0, operands);
            args.setAttribute(1, names(names));
            args.setAttribute(2, variadicityArray(markers));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            List<Value> values = args.operands(0);
            List<String> names = strings(args.attribute(1));
            List<String> markers = variadicities(args.attribute(2));
            printer.print("(");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) printer.print(", ");
                printer.print(i < names.size() ? names.get(i) : "").print(": ");
                String marker = i < markers.size() ? markers.get(i) : "single";
                if (!marker.equals("single")) printer.print(marker).print(" ");
                printer.printOperand(values.get(i));
            }
            printer.print(")");
        }
    };

    /** Either a symbol reference {@code @d::@t} or a base name {@code "!builtin.integer"}. */
    private static final CustomDirective BASE = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            if (parser.atSymbolName()) {
                args.setAttribute(0, parser.parseAttribute(null));
                return;
            }
            String name = parser.parseOptionalString();
            if (name != null) args.setAttribute(1, StringAttr.of(name));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            if (args.attribute(0) != null) printer.printAttribute(args.attribute(0));
            if (args.attribute(1) != null) printer.printAttribute(args.attribute(1));
        }
    };

    /** {@code {"name" = %v, ...}}, absent when there are none. */
    private static final CustomDirective ATTRIBUTES = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            List<UnresolvedOperand> operands = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (parser.consumeIf(TokenKind.LBRACE)) {
                do {
                    String name = parser.parseOptionalString();
                    if (name == null) throw parser.errorAtToken("expected attribute value");
                    names.add(name);
                    parser.expect(TokenKind.EQUAL);
                    operands.add(parser.parseOperand());
                } while (parser.consumeIf(TokenKind.COMMA));
                parser.expect(TokenKind.RBRACE);
            }
            args.setOperands(0, operands);
            args.setAttribute(1, names(names));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            List<Value> values = args.operands(0);
            if (values.isEmpty()) return;
            List<String> names = strings(args.attribute(1));
            printer.print("{");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) printer.print(", ");
                printer.printAttribute(StringAttr.of(i < names.size() ? names.get(i) : ""));
                printer.print(" = ");
                printer.printOperand(values.get(i));
            }
            printer.print("}");
        }
    };
}
