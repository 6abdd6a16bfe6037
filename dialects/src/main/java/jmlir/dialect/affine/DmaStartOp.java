package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.IndexType;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
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
 * {@code affine.dma_start}: starts copying {@code numElements} elements from a source memref to
 * a destination memref, both at affine subscripts, signalling completion through a tag memref;
 * optionally strided. Its maps are discardable attributes ({@code src_map}, {@code dst_map},
 * {@code tag_map}), as in MLIR, where the op has no ODS definition.
 * Syntax: {@code affine.dma_start %A[%i], %B[%j], %T[%c0], %n(, %stride, %perStride)? : types}.
 */
public final class DmaStartOp extends Operation {
    public static final String NAME = "affine.dma_start";
    public static final String SRC_MAP = "src_map";
    public static final String DST_MAP = "dst_map";
    public static final String TAG_MAP = "tag_map";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .attribute(SRC_MAP, AttrConstraint.AFFINE_MAP)
            .attribute(DST_MAP, AttrConstraint.AFFINE_MAP)
            .attribute(TAG_MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> {
                DmaStartOp dma = (DmaStartOp) op;
                out.add(new MemoryEffect(MemoryEffect.Kind.READ, dma.srcMemRef()));
                out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, dma.dstMemRef()));
                out.add(new MemoryEffect(MemoryEffect.Kind.READ, dma.tagMemRef()));
            })
            .verifier(DmaStartOp::verify)
            .assembly(new Assembly())
            .factory(DmaStartOp::new)
            .build();

    public DmaStartOp(Init init) {
        super(init);
    }

    public AffineMap srcMap() {
        return ((AffineMapAttr) attribute(SRC_MAP)).map();
    }

    public AffineMap dstMap() {
        return ((AffineMapAttr) attribute(DST_MAP)).map();
    }

    public AffineMap tagMap() {
        return ((AffineMapAttr) attribute(TAG_MAP)).map();
    }

    int dstMemRefIndex() {
        return 1 + srcMap().numInputs();
    }

    int tagMemRefIndex() {
        return dstMemRefIndex() + 1 + dstMap().numInputs();
    }

    public Value srcMemRef() {
        return operand(0);
    }

    public Value dstMemRef() {
        return operand(dstMemRefIndex());
    }

    public Value tagMemRef() {
        return operand(tagMemRefIndex());
    }

    public List<Value> srcIndices() {
        return AffineOpSyntax.operands(this, 1, srcMap().numInputs());
    }

    public List<Value> dstIndices() {
        return AffineOpSyntax.operands(this, dstMemRefIndex() + 1, dstMap().numInputs());
    }

    public List<Value> tagIndices() {
        return AffineOpSyntax.operands(this, tagMemRefIndex() + 1, tagMap().numInputs());
    }

    public Value numElements() {
        return operand(tagMemRefIndex() + 1 + tagMap().numInputs());
    }

    /** Whether a stride and a number of elements per stride follow the number of elements. */
    public boolean isStrided() {
        return numOperands() != tagMemRefIndex() + 1 + tagMap().numInputs() + 1;
    }

    private static String verify(Operation op) {
        DmaStartOp dma = (DmaStartOp) op;
        int inputs = dma.srcMap().numInputs() + dma.dstMap().numInputs() + dma.tagMap().numInputs();
        if (op.numOperands() != inputs + 4 && op.numOperands() != inputs + 6) return "incorrect number of operands";
        if (!(dma.srcMemRef().type() instanceof MemRefType)) return "expected DMA source to be of memref type";
        if (!(dma.dstMemRef().type() instanceof MemRefType)) return "expected DMA destination to be of memref type";
        if (!(dma.tagMemRef().type() instanceof MemRefType)) return "expected DMA tag to be of memref type";
        Region scope = AffineScopes.affineScope(op);
        String message = verifyIndices(dma.srcIndices(), scope, "src index");
        if (message == null) message = verifyIndices(dma.dstIndices(), scope, "dst index");
        if (message == null) message = verifyIndices(dma.tagIndices(), scope, "tag index");
        return message;
    }

    private static String verifyIndices(List<Value> indices, Region scope, String what) {
        for (Value index : indices) {
            if (!(index.type() instanceof IndexType)) return what + " to dma_start must have 'index' type";
            if (!AffineScopes.isValidDim(index, scope) && !AffineScopes.isValidSymbol(index, scope)) {
                return what + " must be a valid dimension or symbol identifier";
            }
        }
        return null;
    }

    /** Reads {@code %memref[subscripts]}; returns the map, adding the subscripts to {@code indices}. */
    static AffineMap parseSubscripted(OpAsmParser parser, List<UnresolvedOperand> indices) {
        return parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
    }

    /** Writes {@code %memref[subscripts]}. */
    static void printSubscripted(OpAsmPrinter printer, Value memref, AffineMap map, List<Value> indices) {
        printer.printOperand(memref);
        printer.print("[");
        AffineOpSyntax.printMapOfSsaIds(printer, map, indices);
        printer.print("]");
    }

    /** The source, destination and tag with their subscripts, the sizes, then the three memref types. */
    static final class Assembly implements OpAssembly {
        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand src = parser.parseOperand();
            List<UnresolvedOperand> srcIndices = new ArrayList<>();
            AffineMap srcMap = parseSubscripted(parser, srcIndices);
            parser.expect(TokenKind.COMMA);
            UnresolvedOperand dst = parser.parseOperand();
            List<UnresolvedOperand> dstIndices = new ArrayList<>();
            AffineMap dstMap = parseSubscripted(parser, dstIndices);
            parser.expect(TokenKind.COMMA);
            UnresolvedOperand tag = parser.parseOperand();
            List<UnresolvedOperand> tagIndices = new ArrayList<>();
            AffineMap tagMap = parseSubscripted(parser, tagIndices);
            parser.expect(TokenKind.COMMA);
            UnresolvedOperand numElements = parser.parseOperand();
            List<UnresolvedOperand> strides = new ArrayList<>();
            if (parser.consumeIf(TokenKind.COMMA)) strides.addAll(parser.parseOperandList());
            if (!strides.isEmpty() && strides.size() != 2) {
                throw parser.emitError(parser.nameOffset(), "expected two stride related operands");
            }
            parser.expect(TokenKind.COLON, "expected ':'");
            List<Type> types = parser.parseTypeList();
            if (types.size() != 3) throw parser.emitError(parser.nameOffset(), "expected three types");
            state.operands.add(parser.resolveOperand(src, types.get(0)));
            AffineOpSyntax.resolveIndices(parser, srcIndices, state.operands);
            state.operands.add(parser.resolveOperand(dst, types.get(1)));
            AffineOpSyntax.resolveIndices(parser, dstIndices, state.operands);
            state.operands.add(parser.resolveOperand(tag, types.get(2)));
            AffineOpSyntax.resolveIndices(parser, tagIndices, state.operands);
            state.operands.add(parser.resolveOperand(numElements, IndexType.INSTANCE));
            AffineOpSyntax.resolveIndices(parser, strides, state.operands);
            jmlir.ir.Context context = parser.context();
            state.attributes.add(new NamedAttribute(SRC_MAP, context.intern(new AffineMapAttr(srcMap))));
            state.attributes.add(new NamedAttribute(DST_MAP, context.intern(new AffineMapAttr(dstMap))));
            state.attributes.add(new NamedAttribute(TAG_MAP, context.intern(new AffineMapAttr(tagMap))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            DmaStartOp dma = (DmaStartOp) op;
            printer.print(" ");
            printSubscripted(printer, dma.srcMemRef(), dma.srcMap(), dma.srcIndices());
            printer.print(", ");
            printSubscripted(printer, dma.dstMemRef(), dma.dstMap(), dma.dstIndices());
            printer.print(", ");
            printSubscripted(printer, dma.tagMemRef(), dma.tagMap(), dma.tagIndices());
            printer.print(", ");
            printer.printOperand(dma.numElements());
            if (dma.isStrided()) {
                printer.print(", ");
                printer.printOperand(op.operand(op.numOperands() - 2));
                printer.print(", ");
                printer.printOperand(op.operand(op.numOperands() - 1));
            }
            printer.print(" : ");
            printer.printTypes(List.of(dma.srcMemRef().type(), dma.dstMemRef().type(), dma.tagMemRef().type()));
        }
    }
}
