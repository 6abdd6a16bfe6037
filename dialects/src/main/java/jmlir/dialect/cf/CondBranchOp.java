package jmlir.dialect.cf;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Block;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.rewrite.Builder;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code cf.cond_br %c weights([30, 70]), ^t(%a : i32), ^f}: jumps to {@code trueDest} when the
 * condition is true, else to {@code falseDest}, each with its own operands; the optional branch
 * weights give the relative likelihood of the two.
 */
public final class CondBranchOp extends Operation {
    public static final String NAME = "cf.cond_br";
    public static final String WEIGHTS = "branch_weights";

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("condition", TypeConstraint.I1)
            .variadicOperand("trueDestOperands", TypeConstraint.ANY)
            .variadicOperand("falseDestOperands", TypeConstraint.ANY)
            .optionalProperty(WEIGHTS, AttrConstraint.DENSE_I32_ARRAY, null)
            .successor("trueDest")
            .successor("falseDest")
            .traits(Trait.PURE, Trait.TERMINATOR, Trait.ATTR_SIZED_OPERAND_SEGMENTS)
            .branch("trueDestOperands", "falseDestOperands")
            .diagnosticVerifier(CondBranchOp::verifyWeights)
            .canonicalizations(ControlFlowPatterns::forCondBranch)
            .format("$condition (`weights` `(` $branch_weights^ `)` )? `,`"
                    + " $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`"
                    + " $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict")
            .factory(CondBranchOp::new)
            .build();

    public CondBranchOp(Init init) {
        super(init);
    }

    public Value condition() {
        return operand(0);
    }

    public Block trueDest() {
        return successor(0);
    }

    public Block falseDest() {
        return successor(1);
    }

    public List<Value> trueDestOperands() {
        return segment(1);
    }

    public List<Value> falseDestOperands() {
        return segment(2);
    }

    /** The branch weights, or null when the op has none. */
    public DenseArrayAttr weights() {
        return property(WEIGHTS) instanceof DenseArrayAttr d ? d : null;
    }

    private List<Value> segment(int spec) {
        int[] segments = DEFINITION.operandSegments(this);
        List<Value> values = new ArrayList<>(segments[2 * spec + 1]);
        for (int i = 0; i < segments[2 * spec + 1]; i++) values.add(operand(segments[2 * spec] + i));
        return values;
    }

    /** WeightedBranchOpInterface's check: one weight per successor, not all zero. */
    private static Diagnostic verifyWeights(Operation op) {
        if (!(op.property(WEIGHTS) instanceof DenseArrayAttr weights)) return null;
        long[] values = weights.values();
        if (values.length != op.numSuccessors()) {
            return Diagnostic.error(op, "expects number of branch weights to match number of successors: "
                    + values.length + " vs " + op.numSuccessors());
        }
        for (long w : values) if (w != 0) return null;
        return Diagnostic.error(op, "branch weights cannot all be zero");
    }

    /** Creates a {@code cf.cond_br} at the builder's insertion point; {@code weights} may be null. */
    public static CondBranchOp create(Builder builder, Location location, Value condition,
                                      Block trueDest, List<Value> trueOperands,
                                      Block falseDest, List<Value> falseOperands, DenseArrayAttr weights) {
        OperationState state = new OperationState(builder.context().operationName(NAME), location);
        state.operands.add(condition);
        state.operands.addAll(trueOperands);
        state.operands.addAll(falseOperands);
        state.successors.add(trueDest);
        state.successors.add(falseDest);
        List<NamedAttribute> props = new ArrayList<>(2);
        if (weights != null) props.add(new NamedAttribute(WEIGHTS, weights));
        props.add(new NamedAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.I32,
                new long[] {1, trueOperands.size(), falseOperands.size()})));
        state.properties = DictionaryAttr.sorted(props);
        return (CondBranchOp) builder.create(state);
    }
}
