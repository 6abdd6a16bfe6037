package jmlir.dialect.test;

import jmlir.ir.Block;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.format.CustomDirective;

import java.util.List;

/** Test ops that check how regions are counted, sized, terminated and written. */
final class TestRegionOps {
    private TestRegionOps() {
    }

    static List<OpDef> all() {
        return List.of(
                OpDef.builder("test.two_region_op")
                        .region("a").region("b")
                        .build(),
                OpDef.builder("test.sized_region_op")
                        .sizedRegion("my_region", 2).sizedRegion("", 1)
                        .build(),
                OpDef.builder("test.single_no_terminator_op")
                        .region("region")
                        .traits(Trait.NO_TERMINATOR, Trait.SINGLE_BLOCK)
                        .format("attr-dict `:` $region")
                        .build(),
                OpDef.builder("test.variadic_no_terminator_op")
                        .variadicRegion("regions")
                        .traits(Trait.NO_TERMINATOR, Trait.SINGLE_BLOCK)
                        .format("attr-dict `:` $regions")
                        .build(),
                OpDef.builder("test.single_no_terminator_custom_asm_op")
                        .sizedRegion("", 1)
                        .traits(Trait.NO_TERMINATOR, Trait.SINGLE_BLOCK)
                        .assembly(new BareRegion())
                        .build(),
                // Region kinds: a graph region (no dominance, no terminator) and SSA CFG regions.
                OpDef.builder("test.graph_region")
                        .region("region")
                        .traits(Trait.GRAPH_REGIONS, Trait.NO_TERMINATOR)
                        .format("attr-dict-with-keyword $region")
                        .build(),
                OpDef.builder("test.ssacfg_region")
                        .variadicOperand("args", TypeConstraint.ANY)
                        .variadicResult("results", TypeConstraint.ANY)
                        .variadicRegion("regions")
                        .build(),
                // The custom directive takes the region as a ref and writes nothing of its own.
                OpDef.builder("test.dummy_op_with_region_ref")
                        .region("body")
                        .traits(Trait.NO_TERMINATOR)
                        .format("$body attr-dict custom<DummyRegionRef>(ref($body))")
                        .directive("DummyRegionRef", new NothingWritten())
                        .build());
    }

    /** The region right after the op's name, without a space; attributes are not written. */
    private static final class BareRegion implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            List<Block> blocks = parser.parseRegion(List.of(), false);
            state.addRegion().addAll(blocks);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            printer.printRegion(op.region(0), false, false);
        }
    }

    /** A directive that reads and writes nothing. */
    private static final class NothingWritten implements CustomDirective {
        @Override
        public void parse(OpAsmParser parser, ParseArgs args) {
        }

        @Override
        public void print(OpAsmPrinter printer, Operation op, PrintArgs args) {
        }
    }
}
