package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AttrConstraint;
import jmlir.ir.MemRefType;
import jmlir.ir.MemoryEffect;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

import java.util.List;

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
            .assembly(new MemoryAccessSyntax(false, false))
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
}
