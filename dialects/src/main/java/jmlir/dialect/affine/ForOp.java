package jmlir.dialect.affine;

import jmlir.ir.AffineConstantExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.RegionBranchOpInterface.Successor;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code affine.for}: a loop whose induction variable runs from a lower bound (the greatest
 * result of an affine map) up to, not including, an upper bound (the least result of another)
 * by a constant step, carrying {@code iter_args} from one iteration to the next.
 *
 * <pre>
 *   %r = affine.for %i = max #lb(%a)[%n] to %n step 2 iter_args(%acc = %init) -> (f32) {
 *     ...
 *     affine.yield %next : f32
 *   }
 * </pre>
 */
public final class ForOp extends Operation {
    public static final String NAME = "affine.for";
    public static final String LOWER_BOUND_MAP = "lowerBoundMap";
    public static final String UPPER_BOUND_MAP = "upperBoundMap";
    public static final String STEP = "step";
    static final String SEGMENTS = "operandSegmentSizes";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("lowerBoundOperands", TypeConstraint.INDEX)
            .variadicOperand("upperBoundOperands", TypeConstraint.INDEX)
            .variadicOperand("inits", TypeConstraint.ANY)
            .variadicResult("results", TypeConstraint.ANY)
            .property(LOWER_BOUND_MAP, AttrConstraint.AFFINE_MAP)
            .property(UPPER_BOUND_MAP, AttrConstraint.AFFINE_MAP)
            .property(STEP, AttrConstraint.INDEX)
            .sizedRegion("region", 1)
            .traits(Trait.ATTR_SIZED_OPERAND_SEGMENTS, Trait.RECURSIVE_MEMORY_EFFECTS)
            .implicitTerminator(YieldOp.NAME)
            .interfaceRegionVerifier(ForOp::verifyLoopLike)
            .regionBranch(new ForOp.ControlFlow())
            .regionVerifier(ForOp::verifyRegions)
            .folder(ForFolds::fold)
            .canonicalizations(() -> List.of(ForFolds.emptyLoopFolder()))
            .assembly(new ForSyntax())
            .factory(ForOp::new)
            .build();

    public ForOp(Init init) {
        super(init);
    }

    public AffineMap lowerBoundMap() {
        return ((AffineMapAttr) property(LOWER_BOUND_MAP)).map();
    }

    public AffineMap upperBoundMap() {
        return ((AffineMapAttr) property(UPPER_BOUND_MAP)).map();
    }

    public long step() {
        return ((IntegerAttr) property(STEP)).value();
    }

    public Block body() {
        return region(0).entryBlock();
    }

    /** The loop's induction variable: the body's first argument. */
    public BlockArgument inductionVar() {
        return body().argument(0);
    }

    /** The operands of the lower bound map. */
    public List<Value> lowerBoundOperands() {
        int[] s = DEFINITION.operandSegments(this);
        return AffineOpSyntax.operands(this, s[0], s[1]);
    }

    /** The operands of the upper bound map. */
    public List<Value> upperBoundOperands() {
        int[] s = DEFINITION.operandSegments(this);
        return AffineOpSyntax.operands(this, s[2], s[3]);
    }

    /** The initial values of the loop-carried variables. */
    public List<Value> inits() {
        int[] s = DEFINITION.operandSegments(this);
        return AffineOpSyntax.operands(this, s[4], s[5]);
    }

    /** The loop-carried variables inside the body: its arguments after the induction variable. */
    public List<BlockArgument> regionIterArgs() {
        List<BlockArgument> args = body().arguments();
        return args.isEmpty() ? args : args.subList(1, args.size());
    }

    /** The number of iterations when both bounds are constants and the step positive; else -1. */
    long constantTripCount() {
        AffineMap lb = lowerBoundMap();
        AffineMap ub = upperBoundMap();
        long step = step();
        if (!lb.isSingleConstant() || !ub.isSingleConstant() || step <= 0) return -1;
        long lower = lb.singleConstantResult();
        long upper = ub.singleConstantResult();
        return upper - lower <= 0 ? 0 : (upper - lower + step - 1) / step;
    }

    /**
     * The properties of a loop with the given bounds, step and segment sizes; attributes are
     * interned in {@code context} when one is given.
     */
    static DictionaryAttr properties(jmlir.ir.Context context, AffineMap lower, AffineMap upper, long step,
                                     int numLower, int numUpper, int numInits) {
        return DictionaryAttr.sorted(List.of(
                new NamedAttribute(LOWER_BOUND_MAP, interned(context, new AffineMapAttr(lower))),
                new NamedAttribute(UPPER_BOUND_MAP, interned(context, new AffineMapAttr(upper))),
                new NamedAttribute(STEP, IntegerAttr.of(IndexType.INSTANCE, step)),
                new NamedAttribute(SEGMENTS, interned(context, new DenseArrayAttr(IntegerType.I32,
                        new long[]{numLower, numUpper, numInits})))));
    }

    private static <T> T interned(jmlir.ir.Context context, T attr) {
        return context == null ? attr : context.intern(attr);
    }

    /**
     * MLIR's LoopLikeOpInterface check: as many inits, loop-carried body arguments, yielded
     * values and results, of the same types.
     */
    private static Diagnostic verifyLoopLike(Operation op) {
        ForOp loop = (ForOp) op;
        if (loop.body() == null) return null;
        List<Value> inits = loop.inits();
        List<BlockArgument> iterArgs = loop.regionIterArgs();
        Operation terminator = loop.body().last();
        List<Value> yielded = terminator instanceof YieldOp
                ? AffineOpSyntax.operands(terminator, 0, terminator.numOperands()) : List.of();
        String message = null;
        if (inits.size() != iterArgs.size()) {
            message = "different number of inits and region iter_args: " + inits.size() + " != " + iterArgs.size();
        } else if (!yielded.isEmpty() && iterArgs.size() != yielded.size()) {
            message = "different number of region iter_args and yielded values: " + iterArgs.size() + " != "
                    + yielded.size();
        } else if (op.numResults() != iterArgs.size()) {
            message = "different number of loop results and region iter_args: " + op.numResults() + " != "
                    + iterArgs.size();
        }
        for (int i = 0; message == null && i < inits.size(); i++) {
            jmlir.ir.Type arg = iterArgs.get(i).type();
            if (!inits.get(i).type().equals(arg)) {
                message = i + "-th init and " + i + "-th region iter_arg have different type: "
                        + typeText(inits.get(i).type()) + " != " + typeText(arg);
            } else if (!yielded.isEmpty() && !arg.equals(yielded.get(i).type())) {
                message = i + "-th region iter_arg and " + i + "-th yielded value have different type: "
                        + typeText(arg) + " != " + typeText(yielded.get(i).type());
            }
        }
        for (int i = 0; message == null && i < iterArgs.size(); i++) {
            if (!iterArgs.get(i).type().equals(op.result(i).type())) {
                message = i + "-th region iter_arg and " + i + "-th loop result have different type: "
                        + typeText(iterArgs.get(i).type()) + " != " + typeText(op.result(i).type());
            }
        }
        return message == null ? null : Diagnostic.opError(op, message);
    }

    private static String typeText(jmlir.ir.Type type) {
        return "'" + jmlir.syntax.TypePrinting.toString(type) + "'";
    }

    private static Diagnostic verifyRegions(Operation op) {
        ForOp loop = (ForOp) op;
        Block body = loop.body();
        if (body == null || body.numArguments() == 0 || !(body.argument(0).type() instanceof IndexType)) {
            return Diagnostic.opError(op, "expected body to have a single index argument for the induction variable");
        }
        String message = null;
        if (loop.lowerBoundMap().numInputs() > 0) {
            message = AffineScopes.verifyDimsAndSymbols(op, loop.lowerBoundOperands(), loop.lowerBoundMap().numDims());
        }
        if (message == null && loop.upperBoundMap().numInputs() > 0) {
            message = AffineScopes.verifyDimsAndSymbols(op, loop.upperBoundOperands(), loop.upperBoundMap().numDims());
        }
        if (message == null && op.numResults() > 0) {
            if (loop.inits().size() != op.numResults()) {
                message = "mismatch between the number of loop-carried values and results";
            } else if (loop.regionIterArgs().size() != op.numResults()) {
                message = "mismatch between the number of basic block args and results";
            }
        }
        return message == null ? null : Diagnostic.opError(op, message);
    }

    /**
     * Control goes from the op into the body (with the inits as loop-carried values) or straight
     * to the results, and from the body back into it or to the results; a constant trip count
     * rules out the edges that cannot be taken.
     */
    private static final class ControlFlow implements OpDef.RegionBranch {
        @Override
        public List<Successor> successors(Operation op, Region from) {
            ForOp loop = (ForOp) op;
            long trips = loop.constantTripCount();
            Successor body = new Successor(op.region(0), new ArrayList<Value>(loop.regionIterArgs()));
            Successor parent = Successor.parent(op);
            if (from == null && trips > 0) return List.of(body);
            if (from == null && trips == 0) return List.of(parent);
            if (from != null && trips == 1) return List.of(parent);
            return List.of(body, parent);
        }

        @Override
        public List<Value> entryOperands(Operation op, Region to) {
            return ((ForOp) op).inits();
        }
    }

    /** Whether {@code map} is {@code () -> (c)}: a bound written as the constant alone. */
    static boolean isConstantBound(AffineMap map) {
        return map.numDims() == 0 && map.numSymbols() == 0 && map.numResults() == 1
                && map.result(0) instanceof AffineConstantExpr;
    }
}
