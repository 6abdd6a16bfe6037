package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;


/**
 * {@code affine.min} and {@code affine.max}: the least or greatest result of an affine map
 * applied to index operands. Syntax: {@code affine.min #map(%i)[%n]}.
 */
public final class MinMaxOp extends Operation {
    public static final String MIN = "affine.min";
    public static final String MAX = "affine.max";
    public static final String MAP = "map";

    public static final OpDef MIN_DEFINITION = definition(MIN);
    public static final OpDef MAX_DEFINITION = definition(MAX);

    private static OpDef definition(String name) {
        return OpDef.builder(name)
                .variadicOperand("operands", TypeConstraint.INDEX)
                .result("result", TypeConstraint.INDEX)
                .property(MAP, AttrConstraint.AFFINE_MAP)
                .traits(Trait.PURE)
                .verifier(MinMaxOp::verify)
                .folder(MinMaxPatterns::fold)
                .canonicalizations(() -> MinMaxPatterns.patterns(name))
                .assembly(MapApplicationSyntax.MIN_MAX)
                .factory(MinMaxOp::new)
                .build();
    }

    public MinMaxOp(Init init) {
        super(init);
    }

    public boolean isMin() {
        return name().name().equals(MIN);
    }

    public AffineMap map() {
        return ((AffineMapAttr) property(MAP)).map();
    }

    private static String verify(Operation op) {
        if (op.numOperands() != ((MinMaxOp) op).map().numInputs()) {
            return "operand count and affine map dimension and symbol count must match";
        }
        return null;
    }
}
