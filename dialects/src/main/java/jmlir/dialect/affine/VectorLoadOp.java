package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.ir.VectorType;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code affine.vector_load}: reads a vector of consecutive memref elements starting at affine
 * subscripts. Syntax: {@code %v = affine.vector_load %A[%i, %j + 8] : memref<100x100xf32>, vector<8xf32>}.
 */
public final class VectorLoadOp extends Operation {
    public static final String NAME = "affine.vector_load";

    static final TypeConstraint NON_ZERO_RANK_VECTOR = TypeConstraint.of("vector of any type values",
            t -> t instanceof VectorType v && v.shape().length > 0);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("memref", LoadOp.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .result("result", NON_ZERO_RANK_VECTOR)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.READ, op.operand(0))))
            .verifier(VectorLoadOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 1)))
            .assembly(new Assembly())
            .factory(VectorLoadOp::new)
            .build();

    public VectorLoadOp(Init init) {
        super(init);
    }

    public Value memref() {
        return operand(0);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 1);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(0).type();
        String message = MemoryAccess.verifyIndexing(op, memref, 1);
        if (message != null) return message;
        return MemoryAccess.verifyVectorElementType(memref, (VectorType) op.result(0).type());
    }

    /** {@code $memref [subscripts] attr-dict : type($memref) , type($result)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(MemoryAccess.MAP);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand memref = parser.parseOperand();
            List<UnresolvedOperand> indices = new ArrayList<>();
            AffineMap map = parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
            parser.parseOptionalAttrDict(state);
            MemRefType type = AffineOpSyntax.parseColonMemRefType(parser);
            parser.expect(TokenKind.COMMA);
            VectorType vector = AffineOpSyntax.parseVectorType(parser);
            state.operands.add(parser.resolveOperand(memref, type));
            AffineOpSyntax.resolveIndices(parser, indices, state.operands);
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(MemoryAccess.MAP, parser.context().intern(new AffineMapAttr(map)))));
            state.resultTypes.add(vector);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            VectorLoadOp load = (VectorLoadOp) op;
            printer.print(" ");
            printer.printOperand(load.memref());
            printer.print("[");
            AffineOpSyntax.printMapOfSsaIds(printer, load.map(), load.mapOperands());
            printer.print("]");
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            printer.printType(load.memref().type());
            printer.print(", ");
            printer.printType(op.result(0).type());
        }
    }
}
