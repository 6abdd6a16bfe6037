package jmlir.syntax.format;

import jmlir.ir.AttrConstraint;
import jmlir.ir.OpDef;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Formats that mlir-tblgen rejects are rejected when the op is defined, with its messages. */
class FormatCompileTest {
    /** An op with one of everything: single, optional and variadic operands, attributes of each kind, a region. */
    private static OpDef.Builder op() {
        return OpDef.builder("tfmt.op")
                .operand("a", TypeConstraint.ANY)
                .optionalOperand("opt", TypeConstraint.ANY)
                .variadicOperand("rest", TypeConstraint.INDEX)
                .property("attr", AttrConstraint.ANY)
                .optionalProperty("flag", AttrConstraint.UNIT, null)
                .optionalProperty("maybe", AttrConstraint.I64, null)
                .property("num", AttrConstraint.I64)
                .result("res", TypeConstraint.ANY)
                .region("body")
                .successor("dest")
                .traits(Trait.ATTR_SIZED_OPERAND_SEGMENTS);
    }

    private static final String TAIL = " $body `,` $dest `:` type($a) type($opt) type($res)";

    private static String reason(String format) {
        try {
            op().format(format).build().assembly();
        } catch (FormatException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void aValidFormatCompiles() {
        assertThat(reason("$a (`,` $opt^)? `[` $rest `]` $attr `,` $num (`flag` $flag^)? attr-dict-with-keyword"
                + TAIL)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$a $opt $rest $attr $num $body $dest `:` type($a) type($opt) type($res)"
                + "| 'attr-dict' directive not found in custom assembly format",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($opt) type($res)"
                + "| type of operand #0, named 'a', is not buildable and a buildable type cannot be inferred",
        "$a $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| operand #1, named 'opt', not found",
        "$a $opt $rest $attr $num $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| region #0, named 'body', not found",
        "$a $opt $rest $attr $num $body attr-dict `:` type($a) type($opt) type($res)"
                + "| successor #0, named 'dest', not found",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt)"
                + "| type of result #0, named 'res', is not buildable and a buildable type cannot be inferred",
        "$a $a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| operand 'a' is already bound",
        "$a $opt $rest $attr $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| attribute 'attr' is already bound",
        "$a $opt $rest $attr $num $body $dest attr-dict attr-dict `:` type($a) type($opt) type($res)"
                + "| 'attr-dict' directive has already been seen",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($a) type($opt) type($res)"
                + "| 'type' of 'a' is already bound",
        "$nope $a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| expected variable to refer to an argument, region, result, or successor",
        "$res $a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| result variables can can only be used as a child to a 'type' directive",
        "$a (`,` $opt)? $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| optional group has no anchor element",
        "$a (`,`^ $opt)? $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| only variables and types can be used to anchor an optional group",
        "($a^)? $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| only variable length operands can be used within an optional group",
        "$a $opt $rest ($attr^)? $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| only optional or default-valued attributes can be used to anchor an optional group",
        "$a (type($opt)^)? $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($res)"
                + "| first parsable element of an optional group must be a literal, variable, or custom directive",
        "$a $opt $rest $attr $num $body $dest (attr-dict `x` $maybe^)? `:` type($a) type($opt) type($res)"
                + "| only literals, types, and variables can be used within an optional group",
        "$a (`,` $opt^) $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| expected '?' after optional group",
        "$a $opt $rest $attr `:` $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| format ambiguity caused by `:` literal found after attribute `attr` which does not have a "
                + "buildable type",
        "$a $opt $rest $attr $num attr-dict $body $dest `:` type($a) type($opt) type($res)"
                + "| format ambiguity caused by `attr-dict` directive followed by region `body`",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) `@`"
                + "| expected valid literal but got '@': single character literal must be a letter or one of "
                + "'_:,=<>()[]{}?+-*'",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) `1x`"
                + "| expected valid literal but got '1x': valid keyword starts with a letter or '_'",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) type(type($a))"
                + "| 'type' cannot be used as a child of another `type`",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) results"
                + "| 'results' directive can can only be used as a child to a 'type' directive",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) custom<Nope>(ref($a))"
                + "| no Java implementation was given for custom directive 'Nope'",
        "operands $a $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| operand 'a' is already bound",
        "$a $opt $rest qualified($body) $attr $num $dest attr-dict `:` type($a) type($opt) type($res)"
                + "| 'qualified' directive expects an attribute or a `type` directive",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) \"str\""
                + "| strings may only be used as 'custom' directive arguments",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) oilist(`x` $num)"
                + "| attribute 'num' is already bound",
        "$a $opt $rest $attr $body $dest attr-dict `:` type($a) type($opt) type($res) oilist(`x` $num)"
                + "| only optional attributes can be used in an oilist parsing group",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) oilist(`x` $flag) `x`"
                + "| format ambiguity because x is used both in oilist element and the adjacent literal.",
        "$a $opt $rest $attr $num $body $dest attr-dict `:` type($a) type($opt) type($res) &"
                + "| unexpected character",
    })
    void rejectsWhatTblgenRejects(String format, String reason) {
        assertThat(reason(format)).isEqualTo(reason);
    }

    @Test
    void theMessageShowsTheOpAndWhere() {
        assertThatThrownBy(() -> op().format("$a $a").build().assembly())
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("invalid assembly format of 'tfmt.op' at column 4: operand 'a' is already bound");
    }

    @Test
    void typesMayComeFromTraitsRelationsAndConstraints() {
        // SameOperandsAndResultType: one written type stands for all.
        assertThat(OpDef.builder("tfmt.same").operand("x", TypeConstraint.ANY).operand("y", TypeConstraint.ANY)
                .result("r", TypeConstraint.ANY).traits(Trait.SAME_OPERANDS_AND_RESULT_TYPE)
                .format("$x `,` $y attr-dict `:` type($r)").build().assembly()).isNotNull();
        // Buildable types need no directive.
        assertThat(OpDef.builder("tfmt.build").operand("i", TypeConstraint.INDEX).result("b", TypeConstraint.I1)
                .format("$i attr-dict").build().assembly()).isNotNull();
        // AllTypesMatch with an attribute: the attribute's type.
        assertThat(OpDef.builder("tfmt.cst").property("value", AttrConstraint.TYPED).result("r", TypeConstraint.ANY)
                .allTypesMatch("value", "r").format("attr-dict $value").build().assembly()).isNotNull();
        // Without any of these the type must be written.
        assertThatThrownBy(() -> OpDef.builder("tfmt.none").operand("x", TypeConstraint.ANY)
                .format("$x attr-dict").build().assembly())
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("suggest adding a type constraint to the operation or adding a 'type($x)' "
                        + "directive to the custom assembly format");
    }
}
