package jmlir.dialect.affine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.MemRefType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Type;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

/**
 * The custom syntax of affine.load, affine.store and their vector forms:
 * {@code [$value ,] $memref [subscripts] attr-dict : type($memref) [, vector type]}. A store's
 * value comes first; a vector access names its vector type after the memref's.
 */
final class MemoryAccessSyntax implements OpAssembly {
    private static final Set<String> ELIDED = Set.of(MemoryAccess.MAP);

    private final boolean store;
    private final boolean vector;

    MemoryAccessSyntax(boolean store, boolean vector) {
        this.store = store;
        this.vector = vector;
    }

    @Override
    public void parse(OpAsmParser parser, OperationState state) {
        UnresolvedOperand value = null;
        if (store) {
            value = parser.parseOperand();
            parser.expect(TokenKind.COMMA);
        }
        UnresolvedOperand memref = parser.parseOperand();
        List<UnresolvedOperand> indices = new ArrayList<>();
        AffineMap map = parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
        parser.parseOptionalAttrDict(state);
        MemRefType type = AffineOpSyntax.parseColonMemRefType(parser);
        Type accessed = type.elementType();
        if (vector) {
            parser.expect(TokenKind.COMMA);
            accessed = AffineOpSyntax.parseVectorType(parser);
        }
        if (store) state.operands.add(parser.resolveOperand(value, accessed));
        state.operands.add(parser.resolveOperand(memref, type));
        AffineOpSyntax.resolveIndices(parser, indices, state.operands);
        state.properties = DictionaryAttr.sorted(List.of(
                new NamedAttribute(MemoryAccess.MAP, parser.context().intern(new AffineMapAttr(map)))));
        if (!store) state.resultTypes.add(accessed);
    }

    @Override
    public void print(Operation op, OpAsmPrinter printer) {
        int memref = store ? 1 : 0;
        printer.print(" ");
        if (store) {
            printer.printOperand(op.operand(0));
            printer.print(", ");
        }
        printer.printOperand(op.operand(memref));
        printer.print("[");
        AffineOpSyntax.printMapOfSsaIds(printer, MemoryAccess.map(op), MemoryAccess.indices(op, memref + 1));
        printer.print("]");
        printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
        printer.print(" : ");
        printer.printType(op.operand(memref).type());
        if (vector) {
            printer.print(", ");
            printer.printType(store ? op.operand(0).type() : op.result(0).type());
        }
    }
}
