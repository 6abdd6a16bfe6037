package jmlir.dialect.affine;

import jmlir.ir.AttrConstraint;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.ir.UnitAttr;
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
 * {@code affine.linearize_index}: combines a multi-index into a linear index over a basis
 * (sizes, static or given as values; the first may be left out); {@code disjoint} states that
 * each index is within its size. It has no folds here.
 * Syntax: {@code %r = affine.linearize_index disjoint [%i, %j] by (%n, 8) : index}.
 */
public final class LinearizeIndexOp extends Operation {
    public static final String NAME = "affine.linearize_index";
    public static final String STATIC_BASIS = "static_basis";
    public static final String DISJOINT = "disjoint";

    /** MLIR's UnitProp: {@code disjoint} when set, {@code disjoint = false} otherwise. */
    static final AttrConstraint UNIT_PROP = AttrConstraint.ofKind("unit property",
            a -> a instanceof UnitAttr || a.equals(IntegerAttr.FALSE), a -> true, null);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("multi_index", TypeConstraint.INDEX)
            .variadicOperand("dynamic_basis", TypeConstraint.INDEX)
            .result("linear_index", TypeConstraint.INDEX)
            .defaultedProperty(DISJOINT, UNIT_PROP, IntegerAttr.FALSE)
            .property(STATIC_BASIS, AttrConstraint.DENSE_I64_ARRAY)
            .traits(Trait.PURE, Trait.ATTR_SIZED_OPERAND_SEGMENTS)
            .verifier(LinearizeIndexOp::verify)
            .assembly(new Assembly())
            .factory(LinearizeIndexOp::new)
            .build();

    public LinearizeIndexOp(Init init) {
        super(init);
    }

    public long[] staticBasis() {
        return ((DenseArrayAttr) property(STATIC_BASIS)).values();
    }

    public boolean isDisjoint() {
        return property(DISJOINT) instanceof UnitAttr;
    }

    public List<Value> multiIndex() {
        int[] s = DEFINITION.operandSegments(this);
        return AffineOpSyntax.operands(this, s[0], s[1]);
    }

    public List<Value> dynamicBasis() {
        int[] s = DEFINITION.operandSegments(this);
        return AffineOpSyntax.operands(this, s[2], s[3]);
    }

    private static String verify(Operation op) {
        LinearizeIndexOp l = (LinearizeIndexOp) op;
        long[] basis = l.staticBasis();
        int indices = l.multiIndex().size();
        if (indices != basis.length && indices != basis.length + 1) {
            return "should be passed a basis element for each index except possibly the first";
        }
        if (DynamicIndexList.countDynamic(basis) != l.dynamicBasis().size()) return DynamicIndexList.MISMATCH;
        return null;
    }

    /** {@code (disjoint)? [$multi_index] by (basis) attr-dict : type($linear_index)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(STATIC_BASIS, DISJOINT, ForOp.SEGMENTS);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            boolean disjoint = parser.consumeKeywordIf("disjoint");
            parser.expect(TokenKind.LSQUARE);
            List<UnresolvedOperand> indices = parser.parseOperandList();
            parser.expect(TokenKind.RSQUARE);
            parser.expectKeyword("by");
            DynamicIndexList.Parsed basis = DynamicIndexList.parse(parser);
            parser.parseOptionalAttrDict(state);
            state.resultTypes.add(parser.parseColonType());
            AffineOpSyntax.resolveIndices(parser, indices, state.operands);
            AffineOpSyntax.resolveIndices(parser, basis.dynamics(), state.operands);
            jmlir.ir.Context context = parser.context();
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(DISJOINT, disjoint ? UnitAttr.INSTANCE : IntegerAttr.FALSE),
                    new NamedAttribute(STATIC_BASIS, context.intern(DynamicIndexList.attr(basis.statics()))),
                    new NamedAttribute(ForOp.SEGMENTS, context.intern(new DenseArrayAttr(IntegerType.I32,
                            new long[]{indices.size(), basis.dynamics().size()})))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            LinearizeIndexOp l = (LinearizeIndexOp) op;
            if (l.isDisjoint()) printer.print(" disjoint");
            printer.print(" [");
            printer.printOperands(l.multiIndex());
            printer.print("] by ");
            DynamicIndexList.print(printer, l.staticBasis(), l.dynamicBasis());
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            printer.printType(op.result(0).type());
        }
    }
}
