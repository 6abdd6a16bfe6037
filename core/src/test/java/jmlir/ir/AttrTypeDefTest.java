package jmlir.ir;

import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.TokenKind;
import jmlir.syntax.format.FormatException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Types and attributes defined as data: parsing, printing, uniquing, verification and the
 * errors of their formats. Expected texts follow mlir-tblgen's generated parsers and printers
 * (the test dialect's goldens in the dialects module are checked against mlir-opt itself).
 */
class AttrTypeDefTest {
    static final EnumDef SIGNEDNESS = EnumDef.of("::tdef::Signedness", "signless", 0, "signed", 1, "unsigned", 2);

    /** {@code !tdef.int<8, signed>}: a width that must be positive and a signedness. */
    static final TypeDef INT = TypeDef.builder("tdef.int")
            .parameter("width", ParamKind.integer("unsigned"))
            .defaultedParameter("signedness", ParamKind.enumOf(SIGNEDNESS), "signless")
            .format("`<` $width (`,` $signedness^)? `>`")
            .verifier(t -> t.integer("width") > 0 ? null : "integer width must be positive, got " + t.integer("width"))
            .build();

    /** A typed class for {@code !tdef.shape<2x3>}, read and written by Java hooks. */
    static final class ShapeType extends DefinedType {
        ShapeType(TypeDef def, List<Object> values) {
            super(def, values);
        }

        @SuppressWarnings("unchecked")
        List<Object> dims() {
            return (List<Object>) parameters().get(0);
        }
    }

    static final TypeDef SHAPE = TypeDef.builder("tdef.shape")
            .parameter("dims", ParamKind.arrayOf(ParamKind.INTEGER))
            .parser(p -> {
                p.expect(TokenKind.LESS);
                List<Object> dims = new java.util.ArrayList<>();
                // 2x3 lexes as the integer 2 and the identifier x3.
                dims.add(ParamKind.INTEGER.parse(p));
                while (p.tokenKind() == TokenKind.BARE_IDENTIFIER) {
                    for (String d : p.parseKeyword("expected dimension").substring(1).split("x")) {
                        dims.add(Long.parseLong(d));
                    }
                }
                p.expect(TokenKind.GREATER);
                return List.of(dims);
            })
            .printer((t, out) -> out.print("<" + t.array("dims").stream().map(Object::toString)
                    .collect(Collectors.joining("x")) + ">"))
            .factory(ShapeType::new)
            .build();

    /** {@code #tdef.range<lo = 1, hi = 4>}: a struct whose bounds must be ordered. */
    static final AttrDef RANGE = AttrDef.builder("tdef.range")
            .parameter("lo", ParamKind.INTEGER)
            .parameter("hi", ParamKind.INTEGER)
            .format("`<` struct(params) `>`")
            .verifier(r -> r.integer("lo") <= r.integer("hi") ? null
                    : "'lo' must not exceed 'hi', got " + r.integer("lo") + " > " + r.integer("hi"))
            .build();

    /** {@code #tdef.pair<i32, "x">}: the default format, an optional parameter and a nested type kept stripped. */
    static final AttrDef PAIR = AttrDef.builder("tdef.pair")
            .parameter("type", ParamKind.TYPE)
            .optionalParameter("name", ParamKind.STRING)
            .build();

    static final TypeDef BOX = TypeDef.builder("tdef.box")
            .parameter("inner", ParamKind.type(INT))
            .parameter("q", ParamKind.type(INT))
            .format("`<` $inner `,` qualified($q) `>`")
            .build();

    static final class Tdef extends Dialect {
        Tdef() {
            super("tdef");
            addTypes(INT, SHAPE, BOX);
            addAttributes(RANGE, PAIR);
            addOperations(OpDef.builder("tdef.op")
                    .property("range", RANGE.constraint())
                    .result("res", TypeConstraint.of(INT))
                    .format("$range attr-dict `:` type($res)")
                    .build());
        }
    }

    private static Context context() {
        Context c = new Context();
        c.register("tdef", Tdef::new);
        c.setAllowUnregisteredDialects(true);
        return c;
    }

    private static Operation parse(Context c, String text) {
        return new Parser(c, SourceFile.of("in.mlir", text), new ResourceTable()).parseTopLevel();
    }

    /** Prints {@code "test.op"() {a = <attr>} : () -> <type>} and returns the attribute and type text. */
    private static String roundTrip(String attr, String type) {
        Context c = context();
        String in = "\"test.op\"() {a = " + attr + "} : () -> " + type + "\n";
        String out = OpPrinter.print(parse(c, in), new PrintOptions());
        assertThat(OpPrinter.print(parse(c, out), new PrintOptions())).isEqualTo(out);
        String line = out.lines().filter(l -> l.contains("test.op")).findFirst().orElseThrow();
        return line.substring(line.indexOf("{a = ") + 5, line.lastIndexOf("} :")) + " | "
                + line.substring(line.indexOf("-> ") + 3);
    }

    private static String error(String attr, String type) {
        try {
            parse(context(), "\"test.op\"() {a = " + attr + "} : () -> " + type + "\n");
        } catch (ParseException e) {
            return e.diagnostics().stream()
                    .map(d -> d.location() instanceof Location.FileLineCol f
                            ? f.line() + ":" + f.column() + ": " + d.message() : d.message())
                    .collect(Collectors.joining("\n"));
        }
        throw new AssertionError("no error");
    }

    @Test
    void parsesAndPrintsWithFormats() {
        assertThat(roundTrip("#tdef.range<hi = 4, lo = 1>", "!tdef.int<8, signed>"))
                .isEqualTo("#tdef.range<lo = 1, hi = 4> | !tdef.int<8, signed>");
        // A defaulted parameter equal to its default is left out with its group.
        assertThat(roundTrip("#tdef.pair<i32>", "!tdef.int<8, signless>"))
                .isEqualTo("#tdef.pair<i32> | !tdef.int<8>");
        assertThat(roundTrip("#tdef.pair<i32, \"x y\">", "!tdef.shape<2x3x4>"))
                .isEqualTo("#tdef.pair<i32, \"x y\"> | !tdef.shape<2x3x4>");
        // A nested defined type is written stripped unless qualified.
        assertThat(roundTrip("#tdef.pair<!tdef.box<<4>, !tdef.int<2, unsigned>>>", "!tdef.box<<4>, !tdef.int<5>>"))
                .isEqualTo("#tdef.pair<!tdef.box<<4>, !tdef.int<2, unsigned>>> | !tdef.box<<4>, !tdef.int<5>>");
    }

    @Test
    void opFormatsWriteDefinedValuesWithoutTheirPrefix() {
        Context c = context();
        String in = "%0 = tdef.op <hi = 4, lo = 1> : <8, unsigned>\n%1 = tdef.op <lo = 2, hi = 2> : !tdef.int<3>\n";
        String out = OpPrinter.print(parse(c, in), new PrintOptions());
        assertThat(out).isEqualTo("module {\n  %0 = tdef.op <lo = 1, hi = 4> : <8, unsigned>\n"
                + "  %1 = tdef.op <lo = 2, hi = 2> : <3>\n}\n");
        PrintOptions generic = new PrintOptions();
        generic.generic = true;
        assertThat(OpPrinter.print(parse(c, out), generic))
                .contains("%0 = \"tdef.op\"() <{range = #tdef.range<lo = 1, hi = 4>}> : () -> !tdef.int<8, unsigned>");
        assertThat(error("unit", "i32\n%0 = tdef.op <lo = 1, hi = 4> : i32"))
                .isEqualTo("2:32: expected '<'");
    }

    @Test
    void instancesAreUniquedAndCompareByParameters() {
        Context c = context();
        DefinedType a = INT.get(c, 8L, null);
        DefinedType b = INT.get(c, 8, "signless");
        assertThat(a).isSameAs(b);
        assertThat(a).isNotEqualTo(INT.get(c, 8L, "signed"));
        assertThat(a.integer("width")).isEqualTo(8);
        assertThat(a.parameter("signedness")).isEqualTo(0L);
        assertThat(a.toString()).isEqualTo("!tdef.int<8>");
        Operation module = parse(c, "\"test.op\"() : () -> !tdef.int<8>\n");
        assertThat(module.region(0).entryBlock().first().result(0).type()).isSameAs(a);
        DefinedType shape = SHAPE.get(c, List.of(2, 3));
        assertThat(shape).isInstanceOf(ShapeType.class);
        assertThat(((ShapeType) shape).dims()).containsExactly(2L, 3L);
        assertThat(RANGE.get(c, 1L, 4L).toString()).isEqualTo("#tdef.range<lo = 1, hi = 4>");
        assertThatThrownBy(() -> RANGE.get(c, 5L, 4L)).hasMessage("tdef.range: 'lo' must not exceed 'hi', got 5 > 4");
        assertThatThrownBy(() -> INT.get(c, "8", null))
                .hasMessageContaining("parameter 'width' expects a unsigned");
    }

    @Test
    void reportsErrorsLikeMlirOpt() {
        // Wrong kind of parameter: the kind's error, then which parameter failed.
        assertThat(error("unit", "!tdef.int<x>")).isEqualTo("""
                1:42: expected integer value
                1:42: failed to parse IntType parameter 'width' which is to be a `unsigned`""");
        assertThat(error("unit", "!tdef.int<8")).isEqualTo("1:41: unbalanced '<' character in pretty dialect name");
        assertThat(error("unit", "!tdef.int<8 9>")).isEqualTo("1:43: expected '>'");
        // Verification failures are reported where the body starts.
        assertThat(error("unit", "!tdef.int<0>")).isEqualTo("1:41: integer width must be positive, got 0");
        assertThat(error("#tdef.range<lo = 5, hi = 4>", "i32"))
                .isEqualTo("1:29: 'lo' must not exceed 'hi', got 5 > 4");
        assertThat(error("#tdef.range<lo = 5, lo = 4>", "i32"))
                .isEqualTo("1:43: duplicate or unknown struct parameter name: lo");
        assertThat(error("#tdef.range<lo = 5>", "i32")).isEqualTo("1:36: expected ','");
        assertThat(error("unit", "!tdef.int<8, sign>")).isEqualTo("""
                1:45: expected ::tdef::Signedness to be one of: signless, signed, unsigned
                1:49: failed to parse IntType parameter 'signedness' which is to be a `::tdef::Signedness`""");
        assertThat(error("unit", "!tdef.float")).isEqualTo("1:38: unknown  type `float` in dialect `tdef`");
        assertThat(error("#tdef.other", "i32")).isEqualTo("1:24: unknown attribute `other` in dialect `tdef`");
    }

    @Test
    void checksFormatsAgainstTheDefinition() {
        assertThatThrownBy(() -> TypeDef.builder("tdef.bad").parameter("a", ParamKind.INTEGER).format("`<` `>`").build())
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("format is missing reference to parameter: a");
        assertThatThrownBy(() -> TypeDef.builder("tdef.bad").parameter("a", ParamKind.INTEGER)
                .format("`<` ($a^)? `>`").build())
                .hasMessageContaining("parameters in an optional group must be optional");
        assertThatThrownBy(() -> TypeDef.builder("tdef.bad").parameter("a", ParamKind.INTEGER)
                .format("`<` $b `>`").build())
                .hasMessageContaining("tdef.bad has no parameter named 'b'");
        assertThatThrownBy(() -> TypeDef.builder("tdef.bad").parameter("a", ParamKind.INTEGER)
                .format("`<` $a $a `>`").build())
                .hasMessageContaining("duplicate parameter 'a'");
    }
}
