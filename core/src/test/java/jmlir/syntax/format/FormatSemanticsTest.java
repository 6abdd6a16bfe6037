package jmlir.syntax.format;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Context;
import jmlir.ir.Dialect;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpPrinter;
import jmlir.syntax.ParseException;
import jmlir.syntax.Parser;
import jmlir.syntax.PrintOptions;
import jmlir.syntax.ResourceTable;
import jmlir.syntax.SourceFile;
import jmlir.syntax.TokenKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Format features that the upstream ops of the golden tests do not use: else branches,
 * inverted anchors, new lines, region and successor directives, implicit terminators, custom
 * directives as anchors and with refs, discardable and default-valued attributes. The expected
 * texts follow the rules of MLIR's generated printers.
 */
class FormatSemanticsTest {
    /** {@code <optional operand>}, or nothing: a custom directive that can anchor a group. */
    static final CustomDirective ANGLED = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            parser.expect(TokenKind.LESS);
            args.setOperand(0, parser.parseOperand());
            parser.expect(TokenKind.GREATER);
        }

        @Override
        public boolean parseOptional(OpAsmParser parser, ParseArgs args) {
            if (!parser.at(TokenKind.LESS)) return false;
            parse(parser, args);
            return true;
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            printer.print("<");
            printer.printOperand(args.operand(0));
            printer.print(">");
        }
    };

    /** Prints how many operands a ref points to, and reads nothing. */
    static final CustomDirective COUNT = new CustomDirective() {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            parser.expectKeyword("n" + args.operands(0).size());
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            printer.print("n" + args.operands(0).size());
        }
    };

    static final class Tfmt extends Dialect {
        Tfmt() {
            super("tfmt");
            addOperations(
                    OpDef.builder("tfmt.else").optionalProperty("flag", AttrConstraint.UNIT, null)
                            .format("(`then` $flag^):(`else`)? attr-dict").build(),
                    OpDef.builder("tfmt.inverted").optionalProperty("flag", AttrConstraint.UNIT, null)
                            .format("(`a`):(`b` $flag^)? attr-dict").build(),
                    OpDef.builder("tfmt.newline").operand("x", TypeConstraint.ANY)
                            .format("$x `\\n` attr-dict `:` type($x)").build(),
                    OpDef.builder("tfmt.regions").variadicRegion("rs")
                            .format("attr-dict-with-keyword regions").build(),
                    OpDef.builder("tfmt.branch").variadicSuccessor("targets").traits(Trait.TERMINATOR)
                            .format("successors attr-dict").build(),
                    OpDef.builder("tfmt.scope").region("body").implicitTerminator("tfmt.end")
                            .format("$body attr-dict").build(),
                    OpDef.builder("tfmt.end").traits(Trait.TERMINATOR).format("attr-dict").build(),
                    OpDef.builder("tfmt.angled").optionalOperand("x", TypeConstraint.INDEX)
                            .variadicOperand("ys", TypeConstraint.INDEX)
                            .directive("Angled", ANGLED).directive("Count", COUNT)
                            .traits(Trait.ATTR_SIZED_OPERAND_SEGMENTS)
                            .format("(custom<Angled>($x)^ `then`)? $ys custom<Count>(ref($ys)) attr-dict").build(),
                    OpDef.builder("tfmt.discardable").attribute("name", AttrConstraint.STRING)
                            .format("$name attr-dict").build(),
                    OpDef.builder("tfmt.defaulted")
                            .defaultedProperty("level", AttrConstraint.I64, IntegerAttr.of(IntegerType.I64, 0))
                            .format("attr-dict").build(),
                    OpDef.builder("tfmt.unitlist").optionalProperty("fast", AttrConstraint.UNIT, null)
                            .optionalProperty("n", AttrConstraint.I64, null)
                            .format("oilist(`fast` $fast | `n` `=` $n) attr-dict").build(),
                    OpDef.builder("tfmt.symbol").property("sym_name", AttrConstraint.SYMBOL_NAME)
                            .optionalProperty("target", AttrConstraint.SYMBOL_REF, null)
                            .format("$sym_name (`->` $target^)? attr-dict").build());
        }
    }

    private static Context context() {
        Context c = TestDialects.context();
        c.register("tfmt", Tfmt::new);
        return c;
    }

    private static Operation parse(String text) {
        return new Parser(context(), SourceFile.of("in.mlir", text), new ResourceTable()).parseTopLevel();
    }

    private static String print(Operation module, boolean generic) {
        PrintOptions options = new PrintOptions();
        options.generic = generic;
        return OpPrinter.print(module, options);
    }

    /** Custom form of {@code input} (top-level ops), without the module around them. */
    private static String roundTrip(String input) {
        String out = print(parse(input), false);
        assertThat(print(parse(out), false)).isEqualTo(out);
        return out;
    }

    private static String body(String printed) {
        return printed.substring("module {\n".length(), printed.lastIndexOf("}"));
    }

    @Test
    void elseBranches() {
        assertThat(body(roundTrip("tfmt.else then\ntfmt.else else\n")))
                .isEqualTo("  tfmt.else then\n  tfmt.else else\n");
        assertThat(print(parse("tfmt.else then\ntfmt.else else\n"), true))
                .contains("\"tfmt.else\"() <{flag}> : () -> ()\n  \"tfmt.else\"() : () -> ()");
        assertThatThrownBy(() -> parse("tfmt.else"))
                .isInstanceOf(ParseException.class).hasMessage("custom op 'tfmt.else' expected 'else'");
    }

    @Test
    void anchorsInTheElseBranchInvertTheGroup() {
        assertThat(body(roundTrip("tfmt.inverted a\ntfmt.inverted b\n")))
                .isEqualTo("  tfmt.inverted a\n  tfmt.inverted b\n");
        assertThat(print(parse("tfmt.inverted b\n"), true)).contains("\"tfmt.inverted\"() <{flag}>");
    }

    @Test
    void newLinesIndentLikeTheOp() {
        String out = roundTrip("\"test.f\"() ({\n^bb0(%a: i32):\n  tfmt.newline %a {x} : i32\n"
                + "  \"test.end\"() : () -> ()\n}) : () -> ()\n");
        assertThat(out).contains("    tfmt.newline %arg0\n     {x} : i32\n");
    }

    @Test
    void regionAndSuccessorDirectives() {
        String out = roundTrip("tfmt.regions attributes {x} {\n} , {\n  \"test.x\"() : () -> ()\n}\n"
                + "\"test.f\"() ({\n  tfmt.branch ^bb1, ^bb2\n^bb1:\n  tfmt.branch ^bb2\n^bb2:\n  tfmt.branch\n"
                + "}) : () -> ()\n");
        assertThat(out).contains("  tfmt.regions attributes {x} {\n  }, {\n    \"test.x\"() : () -> ()\n  }\n");
        // A terminator without successors must end its region: a block label after it would be read as one.
        assertThat(out).contains("    tfmt.branch ^bb1, ^bb2\n  ^bb1:  // pred: ^bb0\n    tfmt.branch ^bb2\n"
                + "  ^bb2:  // 2 preds: ^bb0, ^bb1\n    tfmt.branch \n");
    }

    @Test
    void opsNestedInAnOpOfTheirFormatKeepTheirOwnParts() {
        // The inner ops are read and printed while the outer one's working slots are in use; the
        // last op reuses them and must not see the regions read before.
        String out = roundTrip("tfmt.regions attributes {a} {\n  tfmt.regions attributes {b} {\n"
                + "    tfmt.discardable \"x\"\n  }, {\n  }\n  tfmt.discardable \"y\" {z}\n}\n"
                + "tfmt.regions attributes {c}\n");
        assertThat(body(out)).isEqualTo("  tfmt.regions attributes {a} {\n    tfmt.regions attributes {b} {\n"
                + "      tfmt.discardable \"x\"\n    }, {\n    }\n    tfmt.discardable \"y\" {z}\n  }\n"
                + "  tfmt.regions attributes {c} \n"); // no regions: only the space before them, as in MLIR
    }

    @Test
    void implicitTerminatorsAreAddedAndLeftOut() {
        Operation module = parse("tfmt.scope {\n  \"test.x\"() : () -> ()\n}\ntfmt.scope {\n}\n"
                + "tfmt.scope {\n  tfmt.end {kept}\n}\n");
        assertThat(print(module, false)).isEqualTo("module {\n  tfmt.scope {\n    \"test.x\"() : () -> ()\n  }\n"
                + "  tfmt.scope {\n  }\n  tfmt.scope {\n    tfmt.end {kept}\n  }\n}\n");
        assertThat(print(module, true)).contains("\"tfmt.scope\"() ({\n    \"test.x\"() : () -> ()\n"
                + "    \"tfmt.end\"() : () -> ()\n  }) : () -> ()\n  \"tfmt.scope\"() ({\n"
                + "    \"tfmt.end\"() : () -> ()\n  }) : () -> ()");
    }

    @Test
    void customDirectivesAnchorGroupsAndSeeRefs() {
        String out = roundTrip("%i = \"test.i\"() : () -> index\ntfmt.angled <%i> then %i, %i n2\ntfmt.angled n0\n");
        // The space before $ys is printed even when there are none, as in MLIR.
        assertThat(body(out)).isEqualTo("  %0 = \"test.i\"() : () -> index\n  tfmt.angled <%0> then %0, %0 n2\n"
                + "  tfmt.angled  n0\n");
        assertThat(print(parse(out), true)).contains("operandSegmentSizes = array<i32: 1, 2>")
                .contains("operandSegmentSizes = array<i32: 0, 0>");
    }

    @Test
    void discardableAttributesStayAmongTheAttributes() {
        assertThat(body(roundTrip("tfmt.discardable \"n\" {x = 1}\n"))).isEqualTo("  tfmt.discardable \"n\" {x = 1 : i64}\n");
        assertThat(print(parse("tfmt.discardable \"n\"\n"), true)).contains("\"tfmt.discardable\"() {name = \"n\"}");
    }

    @Test
    void defaultValuesAreSetAndLeftOut() {
        Operation module = parse("tfmt.defaulted\ntfmt.defaulted {level = 3}\ntfmt.defaulted {level = 0}\n");
        assertThat(body(print(module, false))).isEqualTo("  tfmt.defaulted\n  tfmt.defaulted {level = 3 : i64}\n"
                + "  tfmt.defaulted\n");
        assertThat(print(module, true)).contains("\"tfmt.defaulted\"() <{level = 0 : i64}>")
                .contains("\"tfmt.defaulted\"() <{level = 3 : i64}>");
    }

    @Test
    void oilistClausesInAnyOrder() {
        assertThat(body(roundTrip("tfmt.unitlist n = 3 fast\ntfmt.unitlist\ntfmt.unitlist fast\n")))
                .isEqualTo("  tfmt.unitlist fast n = 3\n  tfmt.unitlist\n  tfmt.unitlist fast\n");
    }

    @Test
    void symbolNamesAndReferences() {
        assertThat(body(roundTrip("tfmt.symbol @a -> @b\ntfmt.symbol @\"c d\"\n")))
                .isEqualTo("  tfmt.symbol @a -> @b\n  tfmt.symbol @\"c d\"\n");
        assertThatThrownBy(() -> parse("tfmt.symbol \"a\""))
                .isInstanceOf(ParseException.class).hasMessage("custom op 'tfmt.symbol' expected valid '@'-identifier for symbol name");
    }

    @Test
    void compiledFormatsAreReused() {
        OpDef def = context().operationName("tfmt.else").definition();
        assertThat(def.assembly()).isInstanceOf(AssemblyFormat.class);
        assertThat(((AssemblyFormat) def.assembly()).source()).isEqualTo("(`then` $flag^):(`else`)? attr-dict");
        assertThat(List.of(def.attributes().get(0).name())).containsExactly("flag");
    }
}
