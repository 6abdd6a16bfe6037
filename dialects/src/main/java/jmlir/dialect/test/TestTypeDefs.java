package jmlir.dialect.test;

import jmlir.ir.EnumDef;
import jmlir.ir.IntegerType;
import jmlir.ir.ParamKind;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.TypeDef;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TokenKind;
import jmlir.syntax.format.ParamDirective;

import java.util.ArrayList;
import java.util.List;

/**
 * Types of MLIR's test dialect (TestTypeDefs.td in mlir-opt 22), defined as data with their
 * upstream parameters and assembly formats; the few with C++ parsers upstream use Java hooks.
 */
final class TestTypeDefs {
    private TestTypeDefs() {
    }

    private static final ParamKind INT = ParamKind.integer("int");
    private static final ParamKind OPTIONAL_INT = ParamKind.integer("std::optional<int>");

    static TypeDef simple(String mnemonic, String cppName) {
        return TypeDef.builder("test." + mnemonic).cppName(cppName).build();
    }

    static final TypeDef SIMPLE_A = simple("smpla", "SimpleTypeA");
    static final TypeDef MEMREF_ELEMENT = simple("memref_element", "TestMemRefElementType");
    /** The only type with the test dialect's TestTypeTrait. */
    static final TypeDef WITH_TRAIT = simple("test_type_with_trait", "TestTypeWithTrait");
    static final TypeDef I32 = simple("i32", "TestI32");

    /** {@code <1, !test.smpla, [5, 6]>}, read and written by hooks as upstream's C++ does. */
    static final TypeDef COMPOUND_A = TypeDef.builder("test.cmpnd_a").cppName("CompoundTypeA")
            .parameter("widthOfSomething", INT)
            .parameter("oneType", ParamKind.TYPE)
            .parameter("arrayOfInts", ParamKind.arrayOf(INT))
            .parser(TestTypeDefs::parseCompound)
            .printer((t, out) -> printCompound(t.integer("widthOfSomething"), t.type("oneType"), t.array("arrayOfInts"), out))
            .build();

    static List<Object> parseCompound(OpAsmParser p) {
        p.expect(TokenKind.LESS);
        Object width = INT.parse(p);
        p.expect(TokenKind.COMMA);
        Type type = p.parseType();
        p.expect(TokenKind.COMMA);
        p.expect(TokenKind.LSQUARE);
        List<Object> ints = new ArrayList<>();
        if (!p.consumeIf(TokenKind.RSQUARE)) {
            do {
                ints.add(INT.parse(p));
            } while (p.consumeIf(TokenKind.COMMA));
            p.expect(TokenKind.RSQUARE);
        }
        p.expect(TokenKind.GREATER);
        return List.of(width, type, ints);
    }

    static void printCompound(long width, Type type, List<?> ints, DialectAsmPrinter out) {
        out.print("<" + width + ", ");
        out.printType(type);
        out.print(", [");
        for (int i = 0; i < ints.size(); i++) out.print((i > 0 ? ", " : "") + ints.get(i));
        out.print("]>");
    }

    static final TypeDef COMPOUND_INNER = TypeDef.builder("test.cmpnd_inner").cppName("CompoundNestedInnerType")
            .parameter("some_int", INT)
            .parameter("cmpdA", ParamKind.type(COMPOUND_A))
            .format("`<` $some_int $cmpdA `>`")
            .build();

    static final TypeDef COMPOUND_OUTER = TypeDef.builder("test.cmpnd_nested_outer").cppName("CompoundNestedOuterType")
            .parameter("inner", ParamKind.type(COMPOUND_INNER))
            .format("`<` `i`  $inner `>`")
            .build();

    static final TypeDef COMPOUND_OUTER_QUAL = TypeDef.builder("test.cmpnd_nested_outer_qual")
            .cppName("CompoundNestedOuterTypeQual")
            .parameter("inner", ParamKind.type(COMPOUND_INNER))
            .format("`<` `i`  qualified($inner) `>`")
            .build();

    static final EnumDef SIGNEDNESS = EnumDef.of("::test::TestIntegerType::SignednessSemantics",
            "none", 0, "signed", 1, "unsigned", 2);

    /** {@code !test.int<signed, 8>}: an integer type with a C++ parser upstream. */
    static final TypeDef INTEGER = TypeDef.builder("test.int").cppName("TestIntegerType")
            .parameter("width", ParamKind.integer("unsigned"))
            .parameter("signedness", ParamKind.enumOf(SIGNEDNESS))
            .parser(p -> {
                p.expect(TokenKind.LESS);
                int at = p.currentOffset();
                String keyword = p.tokenKind() == TokenKind.BARE_IDENTIFIER ? p.parseKeyword("") : null;
                Long signedness = keyword == null ? null : SIGNEDNESS.caseValue(keyword);
                if (signedness == null) throw p.error(at, "expected signed, unsigned, or none");
                p.expect(TokenKind.COMMA);
                Object width = INT.parse(p);
                p.expect(TokenKind.GREATER);
                return List.of(width, signedness);
            })
            .printer((t, out) -> out.print("<" + SIGNEDNESS.stringify(t.integer("signedness")) + ", "
                    + t.integer("width") + ">"))
            // The test dialect's alias hook names one of them.
            .alias(t -> t.integer("width") == 8 && t.integer("signedness") == 2 ? "test_ui8" : null)
            .build();

    /** Upstream's TestParamTwo: a string read as a literal but written between quotes unescaped. */
    private static final ParamKind TEST_PARAM_TWO = ParamKind.custom("std::string",
            p -> ParamKind.STRING.parse(p), (v, out) -> out.print("\"" + v + "\""));

    static final TypeDef WITH_FORMAT = TypeDef.builder("test.type_with_format").cppName("TestTypeWithFormat")
            .parameter("one", ParamKind.INTEGER)
            .parameter("two", TEST_PARAM_TWO)
            .parameter("three", ParamKind.ATTRIBUTE)
            .format("`<` $one `,` struct($three, $two) `>`")
            .build();

    static final TypeDef NO_PARSER = TypeDef.builder("test.no_parser").cppName("TestTypeNoParser")
            .parameter("one", ParamKind.integer("uint32_t"))
            .parameter("two", ParamKind.arrayOf(ParamKind.INTEGER))
            .parameter("three", ParamKind.STRING)
            .parameter("four", ParamKind.integer("::test::CustomParam"))
            .format("`<` $one `,` `[` $two `]` `,` $three `,` $four `>`")
            .build();

    static final TypeDef STRUCT_CAPTURE_ALL = TypeDef.builder("test.struct_capture_all")
            .cppName("TestTypeStructCaptureAll")
            .parameter("v0", INT).parameter("v1", INT).parameter("v2", INT).parameter("v3", INT)
            .format("`<` struct(params) `>`")
            .build();

    static final TypeDef OPTIONAL_PARAM = TypeDef.builder("test.optional_param").cppName("TestTypeOptionalParam")
            .optionalParameter("a", OPTIONAL_INT)
            .parameter("b", INT)
            .optionalParameter("c", ParamKind.attribute(jmlir.ir.AttrConstraint.ANY, "std::optional<::mlir::Attribute>"))
            .format("`<` $a `,` $b ( `,` $c^)? `>`")
            .build();

    static TypeDef optionalPair(String mnemonic, String cppName, boolean firstString, boolean allOptional,
                                String format) {
        TypeDef.Builder b = TypeDef.builder("test." + mnemonic).cppName(cppName);
        if (firstString) b.parameter("a", ParamKind.STRING).optionalParameter("b", OPTIONAL_INT);
        else if (allOptional) b.optionalParameter("a", OPTIONAL_INT).optionalParameter("b", OPTIONAL_INT);
        else b.optionalParameter("a", OPTIONAL_INT).parameter("b", ParamKind.STRING);
        return b.format(format).build();
    }

    static final TypeDef OPTIONAL_PARAMS = optionalPair("optional_params", "TestTypeOptionalParams", false, false,
            "`<` params `>`");
    static final TypeDef OPTIONAL_PARAMS_AFTER = optionalPair("optional_params_after",
            "TestTypeOptionalParamsAfterRequired", true, false, "`<` params `>`");
    static final TypeDef OPTIONAL_STRUCT = optionalPair("optional_struct", "TestTypeOptionalStruct", false, false,
            "`<` struct(params) `>`");
    static final TypeDef ALL_OPTIONAL_PARAMS = optionalPair("all_optional_params", "TestTypeAllOptionalParams",
            false, true, "`<` params `>`");
    static final TypeDef ALL_OPTIONAL_STRUCT = optionalPair("all_optional_struct", "TestTypeAllOptionalStruct",
            false, true, "`<` struct(params) `>`");
    static final TypeDef OPTIONAL_GROUP_STRUCT = optionalPair("optional_group_struct", "TestTypeOptionalGroupStruct",
            false, true, "`<` (`(` struct(params)^ `)`) : (`x`)? `>`");
    static final TypeDef ELSE_ANCHOR_STRUCT = optionalPair("else_anchor_struct", "TestTypeElseAnchorStruct",
            false, true, "`<` (`?`) : (struct($a, $b)^)? `>`");

    static final TypeDef OPTIONAL_GROUP = TypeDef.builder("test.optional_group").cppName("TestTypeOptionalGroup")
            .parameter("a", INT)
            .optionalParameter("b", OPTIONAL_INT)
            .format("`<` (`(` $b^ `)`) : (`x`)? $a `>`")
            .build();

    static final TypeDef OPTIONAL_GROUP_PARAMS = TypeDef.builder("test.optional_group_params")
            .cppName("TestTypeOptionalGroupParams")
            .defaultedParameter("a", OPTIONAL_INT, 10)
            .optionalParameter("b", OPTIONAL_INT)
            .format("`<` (`(` params^ `)`) : (`x`)? `>`")
            .build();

    static final TypeDef OPTIONAL_VALUE = TypeDef.builder("test.optional_value_type")
            .cppName("TestTypeOptionalValueType")
            .optionalParameter("value", OPTIONAL_INT)
            .format("(`<` $value^ `>`)?")
            .build();

    private static final TypeConstraint INTEGER_TYPE = TypeConstraint.ofKind("integer", "builtin.integer",
            t -> t instanceof IntegerType, t -> true);

    static final TypeDef DEFAULT_VALUED = TypeDef.builder("test.default_valued_type")
            .cppName("TestTypeDefaultValuedType")
            .defaultedParameter("type", ParamKind.type(INTEGER_TYPE, "mlir::IntegerType"), IntegerType.I32)
            .format("`<` (`(` $type^ `)`)? `>`")
            .build();

    static final TypeDef OPTIONAL_STRING = TypeDef.builder("test.optional_type_string")
            .cppName("TestTypeOptionalString")
            .defaultedParameter("str", ParamKind.STRING, "default")
            .format("(`<` $str^ `>`)?")
            .build();

    static final TypeDef ELSE_ANCHOR = TypeDef.builder("test.else_anchor").cppName("TestTypeElseAnchor")
            .optionalParameter("a", OPTIONAL_INT)
            .format("`<` (`?`) : ($a^)? `>`")
            .build();

    /** {@code custom<CustomTypeA>($a)}: an integer. */
    static final ParamDirective CUSTOM_TYPE_A = new ParamDirective() {
        @Override
        public void parse(OpAsmParser parser, Args args) {
            args.set(0, INT.parse(parser));
        }

        @Override
        public void print(DialectAsmPrinter printer, Args args) {
            printer.print(args.get(0).toString());
        }
    };

    static final TypeDef CUSTOM_SPACING = TypeDef.builder("test.custom_type_spacing")
            .cppName("TestTypeCustomSpacing")
            .parameter("a", INT).parameter("b", INT)
            .format("`<` custom<CustomTypeA>($a) custom<CustomTypeA>($b) `>`")
            .directive("CustomTypeA", CUSTOM_TYPE_A)
            .build();

    static final TypeDef SPACES = TypeDef.builder("test.spaces").cppName("TestTypeSpaces")
            .parameter("a", INT).parameter("b", INT)
            .format("`<` ` ` $a `\\n` `(` `)` `` `(` `)` $b `>`")
            .build();

    static final TypeDef VERIFICATION = TypeDef.builder("test.type_verification").cppName("TestTypeVerification")
            .parameter("param", ParamKind.type(TypeConstraint.of("16-bit signless integer or 32-bit signless integer",
                    t -> t.equals(IntegerType.I16) || t.equals(IntegerType.I32)), "::mlir::Type"))
            .format("`<` $param `>`")
            .build();

    static List<TypeDef> all() {
        return List.of(SIMPLE_A, MEMREF_ELEMENT, WITH_TRAIT, I32, COMPOUND_A, COMPOUND_INNER, COMPOUND_OUTER,
                COMPOUND_OUTER_QUAL, INTEGER, WITH_FORMAT, NO_PARSER, STRUCT_CAPTURE_ALL, OPTIONAL_PARAM,
                OPTIONAL_PARAMS, OPTIONAL_PARAMS_AFTER, OPTIONAL_STRUCT, ALL_OPTIONAL_PARAMS, ALL_OPTIONAL_STRUCT,
                OPTIONAL_GROUP, OPTIONAL_GROUP_PARAMS, OPTIONAL_GROUP_STRUCT, OPTIONAL_VALUE, DEFAULT_VALUED,
                OPTIONAL_STRING, ELSE_ANCHOR, ELSE_ANCHOR_STRUCT, CUSTOM_SPACING, SPACES, VERIFICATION);
    }
}
