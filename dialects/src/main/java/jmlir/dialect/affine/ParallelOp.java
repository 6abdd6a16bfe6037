package jmlir.dialect.affine;

import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.ArrayAttr;
import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.BlockArgument;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.FloatType;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code affine.parallel}: a band of parallel loops, one induction variable each, whose lower
 * bounds are maxima and upper bounds minima of groups of affine expressions, with constant steps;
 * its results combine the values yielded by all iterations with the named reductions.
 *
 * <pre>
 *   %r = affine.parallel (%i, %j) = (0, max(%a, 2)) to (%n, 10) step (1, 2) reduce ("addf") -> (f32) {
 *     ...
 *     affine.yield %v : f32
 *   }
 * </pre>
 */
public final class ParallelOp extends Operation {
    public static final String NAME = "affine.parallel";
    public static final String REDUCTIONS = "reductions";
    public static final String LOWER_BOUNDS_MAP = "lowerBoundsMap";
    public static final String LOWER_BOUNDS_GROUPS = "lowerBoundsGroups";
    public static final String UPPER_BOUNDS_MAP = "upperBoundsMap";
    public static final String UPPER_BOUNDS_GROUPS = "upperBoundsGroups";
    public static final String STEPS = "steps";

    /**
     * The reductions (MLIR's arith AtomicRMWKind), indexed by the integer that stands for each in
     * the {@code reductions} property.
     */
    static final List<String> REDUCTION_KINDS = List.of("addf", "addi", "andi", "assign", "maximumf", "maxnumf",
            "maxs", "maxu", "minimumf", "minnumf", "mins", "minu", "mulf", "muli", "ori", "xori");

    static final AttrConstraint I32_ELEMENTS = AttrConstraint.ofKind("32-bit signless integer elements attribute",
            a -> a instanceof DenseIntOrFloatElementsAttr, a -> true, null);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .variadicOperand("mapOperands", TypeConstraint.INDEX)
            .variadicResult("results", TypeConstraint.ANY)
            .property(REDUCTIONS, AttrConstraint.ARRAY)
            .property(LOWER_BOUNDS_MAP, AttrConstraint.AFFINE_MAP)
            .property(LOWER_BOUNDS_GROUPS, I32_ELEMENTS)
            .property(UPPER_BOUNDS_MAP, AttrConstraint.AFFINE_MAP)
            .property(UPPER_BOUNDS_GROUPS, I32_ELEMENTS)
            .property(STEPS, AttrConstraint.ARRAY)
            .sizedRegion("region", 1)
            .traits(Trait.RECURSIVE_MEMORY_EFFECTS)
            .implicitTerminator(YieldOp.NAME)
            .verifier(ParallelOp::verify)
            .folder(ParallelOp::fold)
            .assembly(new ParallelSyntax())
            .factory(ParallelOp::new)
            .build();

    public ParallelOp(Init init) {
        super(init);
    }

    public AffineMap lowerBoundsMap() {
        return ((AffineMapAttr) property(LOWER_BOUNDS_MAP)).map();
    }

    public AffineMap upperBoundsMap() {
        return ((AffineMapAttr) property(UPPER_BOUNDS_MAP)).map();
    }

    /** How many results of the lower bounds map each loop's bound takes the maximum of. */
    public long[] lowerBoundsGroups() {
        return groups(property(LOWER_BOUNDS_GROUPS));
    }

    /** How many results of the upper bounds map each loop's bound takes the minimum of. */
    public long[] upperBoundsGroups() {
        return groups(property(UPPER_BOUNDS_GROUPS));
    }

    public long[] steps() {
        List<Attribute> elements = ((ArrayAttr) property(STEPS)).elements();
        long[] steps = new long[elements.size()];
        for (int i = 0; i < steps.length; i++) steps[i] = ((IntegerAttr) elements.get(i)).value();
        return steps;
    }

    public List<Attribute> reductions() {
        return ((ArrayAttr) property(REDUCTIONS)).elements();
    }

    public Block body() {
        return region(0).entryBlock();
    }

    /** The induction variables: the body's arguments. */
    public List<BlockArgument> inductionVars() {
        return body().arguments();
    }

    public List<Value> lowerBoundsOperands() {
        return AffineOpSyntax.operands(this, 0, lowerBoundsMap().numInputs());
    }

    public List<Value> upperBoundsOperands() {
        int lower = lowerBoundsMap().numInputs();
        return AffineOpSyntax.operands(this, lower, numOperands() - lower);
    }

    static long[] groups(Attribute attr) {
        DenseIntOrFloatElementsAttr dense = (DenseIntOrFloatElementsAttr) attr;
        long n = ((jmlir.ir.ShapedType) dense.type()).numElements();
        long[] values = new long[(int) n];
        for (int i = 0; i < n; i++) values[i] = dense.getInt(i);
        return values;
    }

    /**
     * The bound maps composed with their affine.apply producers and canonicalized, in place
     * (MLIR's fold of affine.parallel).
     */
    private static boolean fold(Operation op, Attribute[] constants, List<jmlir.ir.FoldResult> results) {
        ParallelOp p = (ParallelOp) op;
        MapCanonicalizer lower = new MapCanonicalizer(p.lowerBoundsMap(), p.lowerBoundsOperands());
        MapCanonicalizer upper = new MapCanonicalizer(p.upperBoundsMap(), p.upperBoundsOperands());
        boolean lowerChanged = lower.compose()
                && !(lower.map.equals(p.lowerBoundsMap()) && lower.operands.equals(p.lowerBoundsOperands()));
        boolean upperChanged = upper.compose()
                && !(upper.map.equals(p.upperBoundsMap()) && upper.operands.equals(p.upperBoundsOperands()));
        if (!lowerChanged && !upperChanged) return false;
        AffineMap lowerMap = lowerChanged ? lower.map : p.lowerBoundsMap();
        AffineMap upperMap = upperChanged ? upper.map : p.upperBoundsMap();
        List<Value> operands = new ArrayList<>(lowerChanged ? lower.operands : p.lowerBoundsOperands());
        operands.addAll(upperChanged ? upper.operands : p.upperBoundsOperands());
        List<jmlir.ir.NamedAttribute> properties = new ArrayList<>();
        for (jmlir.ir.NamedAttribute a : ((jmlir.ir.DictionaryAttr) op.properties()).entries()) {
            Attribute value = switch (a.name()) {
                case LOWER_BOUNDS_MAP -> new AffineMapAttr(lowerMap);
                case UPPER_BOUNDS_MAP -> new AffineMapAttr(upperMap);
                default -> a.value();
            };
            properties.add(new jmlir.ir.NamedAttribute(a.name(), value));
        }
        op.setProperties(jmlir.ir.DictionaryAttr.sorted(properties));
        op.setOperands(operands);
        return true;
    }

    private static String verify(Operation op) {
        ParallelOp p = (ParallelOp) op;
        long[] lower = p.lowerBoundsGroups();
        long[] upper = p.upperBoundsGroups();
        int numDims = p.steps().length;
        Block body = p.body();
        int numArgs = body == null ? 0 : body.numArguments();
        if (lower.length != numDims || upper.length != numDims || numArgs != numDims) {
            return "the number of region arguments (" + numArgs + ") and the number of map groups for lower ("
                    + lower.length + ") and upper bound (" + upper.length + "), and the number of steps ("
                    + numDims + ") must all match";
        }
        String message = verifyGroups(lower, p.lowerBoundsMap(), "lower");
        if (message == null) message = verifyGroups(upper, p.upperBoundsMap(), "upper");
        if (message != null) return message;
        List<Attribute> reductions = p.reductions();
        if (op.numResults() != reductions.size()) return "a reduction must be specified for each output";
        for (int i = 0; i < reductions.size(); i++) {
            if (!(reductions.get(i) instanceof IntegerAttr kind) || kind.value() < 0
                    || kind.value() >= REDUCTION_KINDS.size()) {
                return "invalid reduction attribute";
            }
            if (!reductionMatches(REDUCTION_KINDS.get((int) kind.value()), op.result(i).type())) {
                return "result type cannot match reduction attribute";
            }
        }
        message = AffineScopes.verifyDimsAndSymbols(op, p.lowerBoundsOperands(), p.lowerBoundsMap().numDims());
        if (message == null) {
            message = AffineScopes.verifyDimsAndSymbols(op, p.upperBoundsOperands(), p.upperBoundsMap().numDims());
        }
        return message;
    }

    private static String verifyGroups(long[] groups, AffineMap map, String which) {
        long expected = 0;
        for (long g : groups) {
            if (g == 0) return "expected " + which + " bound map to have at least one result";
            expected += g;
        }
        if (expected != map.numResults()) return "expected " + which + " bounds map to have " + expected + " results";
        return null;
    }

    /** Whether a reduction of this kind can produce a value of {@code type}, as MLIR decides. */
    private static boolean reductionMatches(String kind, Type type) {
        return switch (kind) {
            case "assign" -> true;
            case "addf", "mulf", "maximumf", "minimumf" -> type instanceof FloatType;
            case "addi", "muli", "ori", "andi" -> type instanceof IntegerType;
            case "maxs", "mins" -> type instanceof IntegerType it && it.signedness() == IntegerType.Signedness.SIGNED;
            case "maxu", "minu" -> type instanceof IntegerType it
                    && it.signedness() == IntegerType.Signedness.UNSIGNED;
            default -> false;
        };
    }

    /** The {@code steps} property of the given steps. */
    static ArrayAttr stepsAttr(List<Long> steps) {
        List<Attribute> elements = new ArrayList<>(steps.size());
        for (long s : steps) elements.add(IntegerAttr.of(IntegerType.I64, s));
        return new ArrayAttr(elements);
    }
}
