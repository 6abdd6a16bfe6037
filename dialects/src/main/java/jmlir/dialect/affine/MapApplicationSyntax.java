package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IndexType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;

import java.util.List;
import java.util.Set;

/**
 * {@code $map (dims)[symbols] attr-dict} with index results, the syntax of {@code affine.apply}
 * (which checks the operand counts while parsing and has a result per map result, as mlir-opt's
 * parser does) and of {@code affine.min}/{@code max} (one result; counts left to the verifier).
 */
final class MapApplicationSyntax implements OpAssembly {
    static final MapApplicationSyntax APPLY = new MapApplicationSyntax(true);
    static final MapApplicationSyntax MIN_MAX = new MapApplicationSyntax(false);

    private static final String MAP = "map";
    private static final Set<String> ELIDED = Set.of(MAP);

    private final boolean apply;

    private MapApplicationSyntax(boolean apply) {
        this.apply = apply;
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        AffineMap map = AffineOpSyntax.parseAffineMap(parser);
        int numDims = AffineOpSyntax.parseDimAndSymbolList(parser, state.operands);
        parser.parseOptionalAttrDict(state);
        if (apply && (map.numDims() != numDims || numDims + map.numSymbols() != state.operands.size())) {
            throw parser.emitError(parser.nameOffset(), "dimension or symbol index mismatch");
        }
        state.properties = DictionaryAttr.sorted(List.of(
                new NamedAttribute(MAP, parser.context().intern(new AffineMapAttr(map)))));
        int results = apply ? map.numResults() : 1;
        for (int i = 0; i < results; i++) state.resultTypes.add(IndexType.INSTANCE);
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        printer.print(" ");
        printer.printAttribute(op.property(MAP));
        AffineOpSyntax.printDimAndSymbolList(printer, AffineOpSyntax.operands(op, 0, op.numOperands()),
                ((AffineMapAttr) op.property(MAP)).map().numDims());
        printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
    }
}
