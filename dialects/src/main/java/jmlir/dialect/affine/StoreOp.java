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
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;
import jmlir.syntax.TokenKind;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code affine.store}: writes a value to the element of a memref at affine subscripts.
 * Syntax: {@code affine.store %v, %A[%i, %j - 1] : memref<?x8xf32>}.
 */
public final class StoreOp extends Operation {
    public static final String NAME = "affine.store";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("value", TypeConstraint.ANY)
            .operand("memref", LoadOp.ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(1))))
            .verifier(StoreOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 2)))
            .assembly(new Assembly())
            .factory(StoreOp::new)
            .build();

    public StoreOp(Init init) {
        super(init);
    }

    public Value valueToStore() {
        return operand(0);
    }

    public Value memref() {
        return operand(1);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    /** The values the map's dimensions and symbols stand for. */
    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 2);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(1).type();
        if (!op.operand(0).type().equals(memref.elementType())) {
            return "value to store must have the same type as memref element type";
        }
        return MemoryAccess.verifyIndexing(op, memref, 2);
    }

    /** {@code $value , $memref [subscripts] attr-dict : type($memref)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(MemoryAccess.MAP);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand value = parser.parseOperand();
            parser.expect(TokenKind.COMMA);
            UnresolvedOperand memref = parser.parseOperand();
            List<UnresolvedOperand> indices = new ArrayList<>();
            AffineMap map = parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
            parser.parseOptionalAttrDict(state);
            MemRefType type = AffineOpSyntax.parseColonMemRefType(parser);
            state.operands.add(parser.resolveOperand(value, type.elementType()));
            state.operands.add(parser.resolveOperand(memref, type));
            AffineOpSyntax.resolveIndices(parser, indices, state.operands);
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(MemoryAccess.MAP, parser.context().intern(new AffineMapAttr(map)))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            StoreOp store = (StoreOp) op;
            printer.print(" ");
            printer.printOperand(store.valueToStore());
            printer.print(", ");
            printer.printOperand(store.memref());
            printer.print("[");
            AffineOpSyntax.printMapOfSsaIds(printer, store.map(), store.mapOperands());
            printer.print("]");
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            printer.printType(store.memref().type());
        }
    }
}
