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
 * {@code affine.load}: reads the element of a memref at affine subscripts.
 * Syntax: {@code %v = affine.load %A[%i + 1, symbol(%n)] : memref<?x8xf32>}.
 */
public final class LoadOp extends Operation {
    public static final String NAME = "affine.load";

    static final TypeConstraint ANY_MEMREF = TypeConstraint.of("memref of any type values",
            t -> t instanceof MemRefType);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("memref", ANY_MEMREF)
            .variadicOperand("indices", TypeConstraint.INDEX)
            .result("result", TypeConstraint.ANY)
            .property(MemoryAccess.MAP, AttrConstraint.AFFINE_MAP)
            .effects((op, out) -> out.add(new MemoryEffect(MemoryEffect.Kind.READ, op.operand(0))))
            .verifier(LoadOp::verify)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 1)))
            .assembly(new Assembly())
            .factory(LoadOp::new)
            .build();

    public LoadOp(Init init) {
        super(init);
    }

    public Value memref() {
        return operand(0);
    }

    public AffineMap map() {
        return MemoryAccess.map(this);
    }

    /** The values the map's dimensions and symbols stand for. */
    public List<Value> mapOperands() {
        return MemoryAccess.indices(this, 1);
    }

    private static String verify(Operation op) {
        MemRefType memref = (MemRefType) op.operand(0).type();
        if (!op.result(0).type().equals(memref.elementType())) return "result type must match element type of memref";
        return MemoryAccess.verifyIndexing(op, memref, 1);
    }

    /** {@code $memref [subscripts] attr-dict : type($memref)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(MemoryAccess.MAP);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand memref = parser.parseOperand();
            List<UnresolvedOperand> indices = new ArrayList<>();
            AffineMap map = parser.parseAffineMapOfSsaIds(indices, TokenKind.LSQUARE, TokenKind.RSQUARE);
            parser.parseOptionalAttrDict(state);
            MemRefType type = AffineOpSyntax.parseColonMemRefType(parser);
            state.operands.add(parser.resolveOperand(memref, type));
            AffineOpSyntax.resolveIndices(parser, indices, state.operands);
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(MemoryAccess.MAP, parser.context().intern(new AffineMapAttr(map)))));
            state.resultTypes.add(type.elementType());
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            LoadOp load = (LoadOp) op;
            printer.print(" ");
            printer.printOperand(load.memref());
            printer.print("[");
            AffineOpSyntax.printMapOfSsaIds(printer, load.map(), load.mapOperands());
            printer.print("]");
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            printer.printType(load.memref().type());
        }
    }
}
