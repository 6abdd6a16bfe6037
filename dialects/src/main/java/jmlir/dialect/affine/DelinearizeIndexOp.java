package jmlir.dialect.affine;

import jmlir.ir.AttrConstraint;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IndexType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
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
import java.util.Set;

/**
 * {@code affine.delinearize_index}: splits a linear index into a multi-index over a basis
 * (sizes, static or given as values; the first result may be unbounded). It has no folds here.
 * Syntax: {@code %r:2 = affine.delinearize_index %i into (%n, 8) : index, index}.
 */
public final class DelinearizeIndexOp extends Operation {
    public static final String NAME = "affine.delinearize_index";
    public static final String STATIC_BASIS = "static_basis";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("linear_index", TypeConstraint.INDEX)
            .variadicOperand("dynamic_basis", TypeConstraint.INDEX)
            .variadicResult("multi_index", TypeConstraint.INDEX)
            .property(STATIC_BASIS, AttrConstraint.DENSE_I64_ARRAY)
            .traits(Trait.PURE)
            .verifier(DelinearizeIndexOp::verify)
            .assembly(new Assembly())
            .factory(DelinearizeIndexOp::new)
            .build();

    public DelinearizeIndexOp(Init init) {
        super(init);
    }

    public long[] staticBasis() {
        return ((DenseArrayAttr) property(STATIC_BASIS)).values();
    }

    public List<Value> dynamicBasis() {
        return AffineOpSyntax.operands(this, 1, numOperands() - 1);
    }

    private static String verify(Operation op) {
        long[] basis = ((DelinearizeIndexOp) op).staticBasis();
        if (op.numResults() != basis.length && op.numResults() != basis.length + 1) {
            return "should return an index for each basis element and up to one extra index";
        }
        if (DynamicIndexList.countDynamic(basis) != op.numOperands() - 1) return DynamicIndexList.MISMATCH;
        for (long v : basis) {
            if (v <= 0 && v != DynamicIndexList.DYNAMIC) return "no basis element may be statically non-positive";
        }
        return null;
    }

    /** {@code $linear_index into (basis) attr-dict : type($multi_index)} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(STATIC_BASIS);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            UnresolvedOperand index = parser.parseOperand();
            parser.expectKeyword("into");
            DynamicIndexList.Parsed basis = DynamicIndexList.parse(parser);
            parser.parseOptionalAttrDict(state);
            parser.expect(TokenKind.COLON, "expected ':'");
            state.resultTypes.addAll(parser.parseTypeList());
            state.operands.add(parser.resolveOperand(index, IndexType.INSTANCE));
            AffineOpSyntax.resolveIndices(parser, basis.dynamics(), state.operands);
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(STATIC_BASIS, parser.context().intern(DynamicIndexList.attr(basis.statics())))));
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            DelinearizeIndexOp d = (DelinearizeIndexOp) op;
            printer.print(" ");
            printer.printOperand(op.operand(0));
            printer.print(" into ");
            DynamicIndexList.print(printer, d.staticBasis(), d.dynamicBasis());
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
            printer.print(" : ");
            List<Type> types = new ArrayList<>(op.numResults());
            for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
            printer.printTypes(types);
        }
    }
}
