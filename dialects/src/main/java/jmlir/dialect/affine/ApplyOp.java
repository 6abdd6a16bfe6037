package jmlir.dialect.affine;

import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AffineSymbolExpr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.FoldResult;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;

import java.util.List;

/**
 * {@code affine.apply}: the single result of an affine map applied to index operands.
 * Syntax: {@code affine.apply #map(%i)[%n]}.
 */
public final class ApplyOp extends Operation {
    public static final String NAME = "affine.apply";
    public static final String MAP = "map";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("mapOperands", TypeConstraint.INDEX)
            .result("result", TypeConstraint.INDEX)
            .property(MAP, AttrConstraint.AFFINE_MAP)
            .traits(Trait.PURE)
            .verifier(ApplyOp::verify)
            .folder(ApplyOp::fold)
            .canonicalizations(() -> List.of(SimplifyAffineOp.pattern(NAME, 0)))
            .assembly(MapApplicationSyntax.APPLY)
            .factory(ApplyOp::new)
            .build();

    public ApplyOp(Init init) {
        super(init);
    }

    public AffineMap map() {
        return ((AffineMapAttr) property(MAP)).map();
    }

    private static String verify(Operation op) {
        AffineMap map = ((ApplyOp) op).map();
        if (op.numOperands() != map.numInputs()) {
            return "operand count and affine map dimension and symbol count must match";
        }
        if (map.numResults() != 1) return "mapping must produce one value";
        return null;
    }

    /**
     * A map that is a single dimension or symbol folds to that operand; one whose operands are
     * all constants folds to its value (a division by zero does not fold).
     */
    private static FoldResult fold(Operation op, Attribute[] constants) {
        AffineMap map = ((ApplyOp) op).map();
        AffineExpr expr = map.result(0);
        if (expr instanceof AffineDimExpr d) return op.operand(d.position());
        if (expr instanceof AffineSymbolExpr s) return op.operand(map.numDims() + s.position());
        long[] values = new long[constants.length];
        for (int i = 0; i < constants.length; i++) {
            if (!(constants[i] instanceof IntegerAttr c)) return null;
            values[i] = c.value();
        }
        long[] dims = java.util.Arrays.copyOfRange(values, 0, map.numDims());
        long[] symbols = java.util.Arrays.copyOfRange(values, map.numDims(), values.length);
        try {
            return IntegerAttr.of(IndexType.INSTANCE, map.evaluate(dims, symbols)[0]);
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
