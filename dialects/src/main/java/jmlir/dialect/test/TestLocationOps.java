package jmlir.dialect.test;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Location;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.format.CustomDirective;

import java.util.List;

/** Test ops that hold locations as attributes. */
final class TestLocationOps {
    private TestLocationOps() {
    }

    static List<OpDef> all() {
        return List.of(
                OpDef.builder("test.attr_with_loc")
                        .property("loc", AttrConstraint.ANY)
                        .property("value", AttrConstraint.ANY)
                        .format("`(` $value `` custom<OptionalLoc>($loc) `)` attr-dict")
                        .directive("OptionalLoc", new OptionalLoc())
                        .build());
    }

    /**
     * An optional {@code loc(...)}; when absent, the location of where it would have been. It is
     * written only when debug info is printed.
     */
    private static final class OptionalLoc implements CustomDirective {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
            int at = parser.currentOffset();
            Location loc = parser.parseOptionalLocation();
            args.setAttribute(0, loc != null ? loc : parser.locationAt(at));
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
            if (args.attribute(0) instanceof Location loc) printer.printOptionalLocationSpecifier(loc);
        }
    }
}
