package jmlir.dialect.affine;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerSet;
import jmlir.ir.IntegerSetAttr;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Region;
import jmlir.ir.RegionBranchOpInterface.Successor;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.OpAssembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code affine.if}: runs its {@code then} region when its operands satisfy an integer set,
 * else its (possibly empty) {@code else} region; both yield the op's results.
 *
 * <pre>
 *   %r = affine.if #set(%i)[%n] -> f32 {
 *     affine.yield %a : f32
 *   } else {
 *     affine.yield %b : f32
 *   }
 * </pre>
 */
public final class IfOp extends Operation {
    public static final String NAME = "affine.if";
    public static final String CONDITION = "condition";

    static final AttrConstraint INTEGER_SET = AttrConstraint.ofKind("IntegerSet attribute",
            a -> a instanceof IntegerSetAttr, a -> true, null);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("operands", TypeConstraint.ANY)
            .variadicResult("results", TypeConstraint.ANY)
            .property(CONDITION, INTEGER_SET)
            .sizedRegion("thenRegion", 1)
            .region("elseRegion")
            .traits(Trait.RECURSIVE_MEMORY_EFFECTS)
            .implicitTerminator(YieldOp.NAME)
            .regionBranch(new ControlFlow())
            .verifier(IfOp::verify)
            .folder(IfFolds::fold)
            .canonicalizations(IfFolds::patterns)
            .assembly(new Assembly())
            .factory(IfOp::new)
            .build();

    public IfOp(Init init) {
        super(init);
    }

    public IntegerSet integerSet() {
        return ((IntegerSetAttr) property(CONDITION)).set();
    }

    public Region thenRegion() {
        return region(0);
    }

    public Region elseRegion() {
        return region(1);
    }

    public boolean hasElse() {
        return !elseRegion().isEmpty();
    }

    private static String verify(Operation op) {
        IntegerSet set = ((IfOp) op).integerSet();
        List<Value> operands = AffineOpSyntax.operands(op, 0, op.numOperands());
        if (operands.size() != set.numInputs()) {
            return "operand count and condition integer set dimension and symbol count must match";
        }
        return AffineScopes.verifyDimsAndSymbols(op, operands, set.numDims());
    }

    /** Control goes into either region (or, without an else, straight to the results), then to the results. */
    private static final class ControlFlow implements OpDef.RegionBranch {
        @Override
        public List<Successor> successors(Operation op, Region from) {
            if (from != null) return List.of(Successor.parent(op));
            Successor then = new Successor(op.region(0), List.of());
            Region elseRegion = op.region(1);
            return List.of(then, elseRegion.isEmpty() ? Successor.parent(op) : new Successor(elseRegion, List.of()));
        }

        @Override
        public List<Value> entryOperands(Operation op, Region to) {
            return List.of();
        }
    }

    /** {@code $condition (dims)[symbols] (-> types)? region (else region)? attr-dict} */
    static final class Assembly implements OpAssembly {
        private static final Set<String> ELIDED = Set.of(CONDITION);

        @Override
        public void parse(OpAsmParser parser, OperationState state) {
            IntegerSet set = AffineOpSyntax.parseIntegerSet(parser);
            int numDims = AffineOpSyntax.parseDimAndSymbolList(parser, state.operands);
            if (set.numDims() != numDims) {
                throw parser.emitError(parser.nameOffset(), "dim operand count and integer set dim count must match");
            }
            if (numDims + set.numSymbols() != state.operands.size()) {
                throw parser.emitError(parser.nameOffset(),
                        "symbol operand count and integer set symbol count must match");
            }
            state.properties = DictionaryAttr.sorted(List.of(
                    new NamedAttribute(CONDITION, parser.context().intern(new IntegerSetAttr(set)))));
            if (parser.consumeIf(jmlir.syntax.TokenKind.ARROW)) {
                state.resultTypes.addAll(parser.parseFunctionResultTypes());
            }
            List<Block> thenBlocks = parser.parseRegion(List.of(), false);
            AffineOpSyntax.ensureTerminator(parser, thenBlocks);
            state.addRegion().addAll(thenBlocks);
            List<Block> elseRegion = state.addRegion();
            if (parser.consumeKeywordIf("else")) {
                List<Block> elseBlocks = parser.parseRegion(List.of(), false);
                AffineOpSyntax.ensureTerminator(parser, elseBlocks);
                elseRegion.addAll(elseBlocks);
            }
            parser.parseOptionalAttrDict(state);
        }

        @Override
        public void print(Operation op, OpAsmPrinter printer) {
            IfOp ifOp = (IfOp) op;
            printer.print(" ");
            printer.printAttribute(op.property(CONDITION));
            AffineOpSyntax.printDimAndSymbolList(printer, AffineOpSyntax.operands(op, 0, op.numOperands()),
                    ifOp.integerSet().numDims());
            if (op.numResults() > 0) {
                List<Type> types = new ArrayList<>(op.numResults());
                for (int i = 0; i < op.numResults(); i++) types.add(op.result(i).type());
                printer.print(" -> ");
                printer.printFunctionResults(types);
            }
            boolean printTerminators = op.numResults() > 0;
            printer.print(" ");
            printer.printRegion(ifOp.thenRegion(), false, printTerminators);
            if (ifOp.hasElse()) {
                printer.print(" else ");
                printer.printRegion(ifOp.elseRegion(), false, printTerminators);
            }
            printer.printOptionalAttrDict(op.allAttributes(), ELIDED);
        }
    }
}
