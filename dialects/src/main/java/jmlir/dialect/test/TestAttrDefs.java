package jmlir.dialect.test;

import jmlir.ir.AttrDef;
import jmlir.ir.DefinedLocation;
import jmlir.ir.EnumDef;
import jmlir.ir.IntegerType;
import jmlir.ir.ParamKind;
import jmlir.ir.TypeConstraint;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.format.ParamDirective;

import java.util.List;

/**
 * Attributes of MLIR's test dialect (TestAttrDefs.td in mlir-opt 22), defined as data with their
 * upstream parameters and assembly formats.
 */
final class TestAttrDefs {
    private TestAttrDefs() {
    }

    private static final ParamKind INT = ParamKind.integer("int");

    static final AttrDef SIMPLE_A = AttrDef.builder("test.smpla").cppName("SimpleAttrA").build();
    static final AttrDef WITH_TRAIT = AttrDef.builder("test.attr_with_trait").cppName("AttrWithTrait").build();

    /** {@code <1, !test.smpla, [5, 6]>}, with upstream's C++ syntax (as the type of the same name). */
    static final AttrDef COMPOUND_A = AttrDef.builder("test.cmpnd_a").cppName("CompoundAttrA")
            .parameter("widthOfSomething", INT)
            .parameter("oneType", ParamKind.TYPE)
            .parameter("arrayOfInts", ParamKind.arrayOf(INT))
            .parser(TestTypeDefs::parseCompound)
            .printer((a, out) -> TestTypeDefs.printCompound(a.integer("widthOfSomething"), a.type("oneType"),
                    a.array("arrayOfInts"), out))
            .build();

    static final AttrDef COMPOUND_NESTED = AttrDef.builder("test.cmpnd_nested").cppName("CompoundAttrNested")
            .parameter("nested", ParamKind.attribute(COMPOUND_A))
            .format("`<` `nested` `=` $nested `>`")
            .build();

    static final AttrDef COMPOUND_INNER = AttrDef.builder("test.cmpnd_nested_inner").cppName("CompoundNestedInner")
            .parameter("some_int", INT)
            .parameter("cmpdA", ParamKind.attribute(COMPOUND_A))
            .format("`<` $some_int $cmpdA `>`")
            .build();

    static final AttrDef COMPOUND_OUTER = AttrDef.builder("test.cmpnd_nested_outer").cppName("CompoundNestedOuter")
            .parameter("inner", ParamKind.attribute(COMPOUND_INNER))
            .format("`<` `i`  $inner `>`")
            .build();

    static final AttrDef COMPOUND_OUTER_QUAL = AttrDef.builder("test.cmpnd_nested_outer_qual")
            .cppName("CompoundNestedOuterQual")
            .parameter("inner", ParamKind.attribute(COMPOUND_INNER))
            .format("`<` `i`  qualified($inner) `>`")
            .build();

    /** Written {@code #test<attr_ugly begin 5 : i64 end>}: its body is not simple enough for the pretty form. */
    static final AttrDef UGLY = AttrDef.builder("test.attr_ugly").cppName("TestAttrUgly")
            .parameter("attr", ParamKind.ATTRIBUTE)
            .format("`begin` $attr `end`")
            .build();

    static final AttrDef PARAMS = AttrDef.builder("test.attr_params").cppName("TestAttrParams")
            .parameter("v0", INT).parameter("v1", INT)
            .format("`<` params `>`")
            .build();

    static final AttrDef WITH_TYPE = AttrDef.builder("test.attr_with_type").cppName("TestAttrWithTypeParam")
            .parameter("int_type", ParamKind.type(TypeConstraint.ofKind("integer", "builtin.integer",
                    t -> t instanceof IntegerType, t -> true), "::mlir::IntegerType"))
            .parameter("any_type", ParamKind.TYPE)
            .format("`<` $int_type `,` $any_type `>`")
            .build();

    static final AttrDef OPTIONAL_SIGNED = AttrDef.builder("test.attr_with_optional_signed")
            .cppName("TestAttrWithOptionalSigned")
            .optionalParameter("value", ParamKind.integer("std::optional<int64_t>"))
            .format("`<` $value `>`")
            .build();

    /** {@code custom<TrueFalse>($b)}: {@code true} or {@code false} for 1 or 0. */
    static final ParamDirective TRUE_FALSE = new ParamDirective() {
        @Override
        public void parse(OpAsmParser parser, Args args) {
            if (parser.consumeKeywordIf("true")) args.set(0, 1L);
            else if (parser.consumeKeywordIf("false")) args.set(0, 0L);
            else throw parser.error(parser.currentOffset(), "expected 'true' or 'false'");
        }

        @Override
        public void print(DialectAsmPrinter printer, Args args) {
            printer.print((Long) args.get(0) != 0 ? "true" : "false");
        }
    };

    static final AttrDef CUSTOM_ANCHOR = AttrDef.builder("test.custom_anchor").cppName("TestCustomAnchor")
            .parameter("a", INT)
            .optionalParameter("b", ParamKind.integer("std::optional<int>"))
            .format("`<` $a (`>`) : (`,` custom<TrueFalse>($b)^ `>`)?")
            .directive("TrueFalse", TRUE_FALSE)
            .build();

    /** A location defined by the dialect: {@code loc(#test.custom_location<"foo.mlir" * 32>)}. */
    static final AttrDef CUSTOM_LOCATION = AttrDef.builder("test.custom_location").cppName("TestCustomLocationAttr")
            .parameter("file", ParamKind.string("mlir::StringAttr"))
            .parameter("line", ParamKind.integer("unsigned"))
            .format("`<` $file `*` $line `>`")
            .factory(DefinedLocation::new)
            .build();

    /** MLIR's IteratorType enum, an enum-valued parameter. */
    static final EnumDef ITERATOR_TYPE = EnumDef.of("::mlir::utils::IteratorType", "parallel", 0, "reduction", 1);

    static final AttrDef ITERATOR = AttrDef.builder("test.iterator_type").cppName("Test_IteratorTypeEnum")
            .parameter("value", ParamKind.enumOf(ITERATOR_TYPE))
            .format("`<` $value `>`")
            .build();

    static List<AttrDef> all() {
        return List.of(CUSTOM_LOCATION, SIMPLE_A, WITH_TRAIT, COMPOUND_A, COMPOUND_NESTED, COMPOUND_INNER, COMPOUND_OUTER,
                COMPOUND_OUTER_QUAL, UGLY, PARAMS, WITH_TYPE, OPTIONAL_SIGNED, CUSTOM_ANCHOR, ITERATOR);
    }
}
