package jmlir.dialect.toy;

import jmlir.ir.AttrDef;
import jmlir.ir.ParamKind;
import jmlir.ir.TypeDef;
import jmlir.syntax.DialectAsmPrinter;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.TokenKind;
import jmlir.syntax.format.ParamDirective;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The toy dialect's types and attributes, defined as data with assembly formats. */
final class ToyTypes {
    private ToyTypes() {
    }

    /** {@code !toy.vec<4, f32>}: a size that must be positive and an element type. */
    static final TypeDef VEC = TypeDef.builder("toy.vec")
            .parameter("size", ParamKind.INTEGER)
            .parameter("element", ParamKind.TYPE)
            .format("`<` $size `,` $element `>`")
            .verifier(t -> t.integer("size") > 0 ? null : "size must be positive, got " + t.integer("size"))
            .build();

    /** {@code #toy.range<lo = 1, hi = 4>}: bounds written by name, in any order when read. */
    static final AttrDef RANGE = AttrDef.builder("toy.range")
            .parameter("lo", ParamKind.INTEGER)
            .parameter("hi", ParamKind.INTEGER)
            .format("`<` struct(params) `>`")
            .verifier(r -> r.integer("lo") <= r.integer("hi") ? null : "'lo' must not be greater than 'hi'")
            .build();

    /** {@code custom<Dims>($dims)}: dimensions written like a tensor shape, {@code 2x3}. */
    static final ParamDirective DIMS = new ParamDirective() {
        @Override
        public void parse(OpAsmParser parser, Args args) {
            List<Long> dims = new ArrayList<>();
            dims.add((Long) ParamKind.INTEGER.parse(parser));
            // "2x3x4" lexes as the integer 2 and the identifier x3x4.
            if (parser.tokenKind() == TokenKind.BARE_IDENTIFIER) {
                int at = parser.currentOffset();
                String rest = parser.parseKeyword("expected dimensions");
                for (String d : rest.substring(1).split("x", -1)) {
                    if (!rest.startsWith("x") || d.isEmpty() || !d.chars().allMatch(Character::isDigit)) {
                        throw parser.error(at, "expected dimensions separated by 'x'");
                    }
                    dims.add(Long.parseLong(d));
                }
            }
            args.set(0, dims);
        }

        @Override
        public void print(DialectAsmPrinter printer, Args args) {
            printer.print(((List<?>) args.get(0)).stream().map(Object::toString).collect(Collectors.joining("x")));
        }
    };

    /** {@code !toy.shape<2x3>} */
    static final TypeDef SHAPE = TypeDef.builder("toy.shape")
            .parameter("dims", ParamKind.arrayOf(ParamKind.INTEGER))
            .format("`<` custom<Dims>($dims) `>`")
            .directive("Dims", DIMS)
            .build();
}
