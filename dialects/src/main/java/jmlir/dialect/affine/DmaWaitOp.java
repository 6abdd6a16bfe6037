package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.IndexType;
import jmlir.ir.MemRefType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code affine.dma_wait}: waits for the DMA transfers signalled through a tag memref element
 * (at affine subscripts) to complete. Its map is the discardable attribute {@code tag_map}. Its
 * memory effects are not stated, so passes keep it in place, as mlir-opt does.
 * Syntax: {@code affine.dma_wait %T[%c0], %n : memref<1xi32>}.
 */
public final class DmaWaitOp extends Operation {
    public static final String NAME = "affine.dma_wait";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .attribute(DmaStartOp.TAG_MAP, AttrConstraint.AFFINE_MAP)
            .verifier(DmaWaitOp::verify)
            .assembly(new Assembly())
            .factory(DmaWaitOp::new)
            .build();

    public DmaWaitOp(Init init) {
        super(init);
    }

    public AffineMap tagMap() {
        return ((AffineMapAttr) attribute(DmaStartOp.TAG_MAP)).map();
    }

    public Value tagMemRef() {
        return operand(0);
    }

    public List<Value> tagIndices() {
        return AffineOpSyntax.operands(this, 1, tagMap().numInputs());
    }

    public Value numElements() {
        return operand(1 + tagMap().numInputs());
    }

    private static String verify(Operation op) {
        DmaWaitOp wait = (DmaWaitOp) op;
        // mlir-opt does not check this (and fails on such input); the accessors rely on it.
        if (op.numOperands() != wait.tagMap().numInputs() + 2) return "incorrect number of operands";
        if (!(wait.tagMemRef().type() instanceof MemRefType)) return "expected DMA tag to be of memref type";
        Region scope = AffineScopes.affineScope(op);
        for (Value index : wait.tagIndices()) {
            if (!(index.type() instanceof IndexType)) return "index to dma_wait must have 'index' type";
            if (!AffineScopes.isValidDim(index, scope) && !AffineScopes.isValidSymbol(index, scope)) {
                return "index must be a valid dimension or symbol identifier";
            }
        }
        return null;
    }

    /** {@code %tag[subscripts], %numElements : type(%tag)} */
    static final class Assembly implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand tag = parser.parseOperand();
            List<UnresolvedOperand> tagIndices = new ArrayList<>();
            AffineMap tagMap = DmaStartOp.parseSubscripted(parser, tagIndices);
            parser.expect(TokenKind.COMMA);
            UnresolvedOperand numElements = parser.parseOperand();
            Type type = parser.parseColonType();
            state.operands.add(parser.resolveOperand(tag, type));
            AffineOpSyntax.resolveIndices(parser, tagIndices, state.operands);
            state.operands.add(parser.resolveOperand(numElements, IndexType.INSTANCE));
            if (!(type instanceof MemRefType)) {
                throw parser.emitError(parser.nameOffset(), "expected tag to be of memref type");
            }
            state.attributes.add(new NamedAttribute(DmaStartOp.TAG_MAP,
                    parser.context().intern(new AffineMapAttr(tagMap))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            DmaWaitOp wait = (DmaWaitOp) op;
            printer.print(" ");
            DmaStartOp.printSubscripted(printer, wait.tagMemRef(), wait.tagMap(), wait.tagIndices());
            printer.print(", ");
            printer.printOperand(wait.numElements());
            printer.print(" : ");
            printer.printType(wait.tagMemRef().type());
        }
    }
}
