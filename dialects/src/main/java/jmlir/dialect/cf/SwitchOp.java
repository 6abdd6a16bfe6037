package jmlir.dialect.cf;

import jmlir.ir.AttrConstraint;
import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DenseArrayAttr;
import jmlir.ir.DenseIntOrFloatElementsAttr;
import jmlir.ir.Diagnostic;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.IntegerAttr;
import jmlir.ir.IntegerType;
import jmlir.ir.Location;
import jmlir.ir.NamedAttribute;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.OperationState;
import jmlir.ir.Trait;
import jmlir.ir.Type;
import jmlir.ir.TypeConstraint;
import jmlir.ir.Value;
import jmlir.ir.VectorType;
import jmlir.numeric.APInt;
import jmlir.rewrite.Builder;
import jmlir.syntax.TypePrinting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cf.switch %flag : i32, [default: ^d(...), 42: ^a(...), ...]}: jumps to the destination
 * of the case whose value equals the flag, or to the default one. Each destination has its own
 * operands: the case operands are one list, cut into cases by {@code case_operand_segments}.
 */
public final class SwitchOp extends Operation {
    public static final String NAME = "cf.switch";
    public static final String CASE_VALUES = "case_values";
    public static final String CASE_OPERAND_SEGMENTS = "case_operand_segments";

    static final TypeConstraint ANY_INTEGER = TypeConstraint.ofKind("integer", "builtin.integer",
            t -> t instanceof IntegerType, t -> true);
    private static final AttrConstraint INT_ELEMENTS = AttrConstraint.ofKind("integer elements attribute",
            a -> a instanceof DenseIntOrFloatElementsAttr d && !d.isFloat() && !d.isComplex(), a -> true, null);

    public static final OpDef DEFINITION = OpDef.builder(NAME)
            .operand("flag", ANY_INTEGER)
            .variadicOperand("defaultOperands", TypeConstraint.ANY)
            .variadicOperand("caseOperands", TypeConstraint.ANY)
            .optionalProperty(CASE_VALUES, INT_ELEMENTS, null)
            .property(CASE_OPERAND_SEGMENTS, AttrConstraint.DENSE_I32_ARRAY)
            .successor("defaultDestination")
            .variadicSuccessor("caseDestinations")
            .traits(Trait.PURE, Trait.TERMINATOR, Trait.ATTR_SIZED_OPERAND_SEGMENTS)
            .branch(new CaseOperands())
            .diagnosticVerifier(SwitchOp::verifyCaseSegments)
            .verifier(SwitchOp::verifyCases)
            .canonicalizations(ControlFlowPatterns::forSwitch)
            .assembly(new SwitchSyntax())
            .factory(SwitchOp::new)
            .build();

    public SwitchOp(Init init) {
        super(init);
    }

    public Value flag() {
        return operand(0);
    }

    public Block defaultDestination() {
        return successor(0);
    }

    public List<Value> defaultOperands() {
        int[] segments = DEFINITION.operandSegments(this);
        return operandRange(segments[2], segments[3]);
    }

    public int numCases() {
        return numSuccessors() - 1;
    }

    public Block caseDestination(int i) {
        return successor(i + 1);
    }

    /** The operands passed to the destination of case {@code i}. */
    public List<Value> caseOperands(int i) {
        int[] range = caseRange(this, i);
        return operandRange(range[0], range[1]);
    }

    /** The case values, or null when the op has none. */
    public DenseIntOrFloatElementsAttr caseValuesAttr() {
        return property(CASE_VALUES) instanceof DenseIntOrFloatElementsAttr d ? d : null;
    }

    /** The value of case {@code i}, at the flag's width. */
    public APInt caseValue(int i) {
        return caseValue(caseValuesAttr(), i);
    }

    /** The case values, at the flag's width (empty when the op has none). */
    public List<APInt> caseValues() {
        DenseIntOrFloatElementsAttr values = caseValuesAttr();
        List<APInt> out = new ArrayList<>();
        if (values == null) return out;
        for (int i = 0; i < values.type().numElements(); i++) out.add(caseValue(values, i));
        return out;
    }

    static APInt caseValue(DenseIntOrFloatElementsAttr values, long i) {
        int width = IntegerAttr.widthOf(values.type().elementType());
        return width <= 64 ? APInt.of(width, values.getRawBits(i)) : APInt.of(width, values.getBigInteger(i));
    }

    private List<Value> operandRange(int start, int size) {
        List<Value> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) values.add(operand(start + i));
        return values;
    }

    /** The sizes of the case operand groups ({@code case_operand_segments}). */
    static long[] caseSegments(Operation op) {
        return op.property(CASE_OPERAND_SEGMENTS) instanceof DenseArrayAttr d ? d.values() : new long[0];
    }

    /**
     * Where the operands of case {@code i} are: {@code [start, size]}, kept within the case
     * operands even when the segment sizes are inconsistent (which the verifier reports).
     */
    static int[] caseRange(Operation op, int i) {
        int[] segments = DEFINITION.operandSegments(op);
        int start = segments[4];
        int end = start + segments[5];
        long[] sizes = caseSegments(op);
        int at = start;
        for (int c = 0; c < i && c < sizes.length; c++) at += (int) sizes[c];
        int size = i < sizes.length ? (int) sizes[i] : 0;
        at = Math.min(at, end);
        return new int[] {at, Math.max(0, Math.min(size, end - at))};
    }

    /** The BranchOpInterface view: the default operands for successor 0, case {@code i - 1}'s for successor i. */
    private static final class CaseOperands implements OpDef.ForwardedOperands {
        @Override
        public int[] range(Operation op, int successor) {
            if (successor == 0) {
                int[] segments = DEFINITION.operandSegments(op);
                return new int[] {segments[2], segments[3]};
            }
            return caseRange(op, successor - 1);
        }

        @Override
        public void resized(Operation op, int successor, int delta) {
            // The stored sizes, not operandSegments(): the operands already changed.
            long[] sizes = op.property("operandSegmentSizes") instanceof DenseArrayAttr d && d.values().length == 3
                    ? d.values().clone() : new long[] {1, 0, 0};
            sizes[successor == 0 ? 1 : 2] += delta;
            long[] cases = caseSegments(op).clone();
            if (successor > 0) cases[successor - 1] += delta;
            op.setProperties(withProperty(withProperty(op.properties(), "operandSegmentSizes",
                    new DenseArrayAttr(IntegerType.I32, sizes)),
                    CASE_OPERAND_SEGMENTS, new DenseArrayAttr(IntegerType.I32, cases)));
        }
    }

    private static Attribute withProperty(Attribute properties, String name, Attribute value) {
        List<NamedAttribute> entries = new ArrayList<>();
        if (properties instanceof DictionaryAttr d) {
            for (NamedAttribute e : d.entries()) if (!e.name().equals(name)) entries.add(e);
        }
        entries.add(new NamedAttribute(name, value));
        return DictionaryAttr.sorted(entries);
    }

    /** ODS's check of the variadic-of-variadic case operands against their segment sizes. */
    private static Diagnostic verifyCaseSegments(Operation op) {
        long total = 0;
        for (long s : caseSegments(op)) total += s;
        int count = DEFINITION.operandSegments(op)[5];
        if (total == count) return null;
        return Diagnostic.opError(op, "caseOperands count (" + count + ") does not match with the total size ("
                + total + ") specified in attribute '" + CASE_OPERAND_SEGMENTS + "'");
    }

    private static String verifyCases(Operation op) {
        DenseIntOrFloatElementsAttr values = op.property(CASE_VALUES) instanceof DenseIntOrFloatElementsAttr d ? d : null;
        int destinations = op.numSuccessors() - 1;
        if (values == null && destinations == 0) return null;
        if (values == null) {
            return "number of case values (0) should match number of case destinations (" + destinations + ")";
        }
        Type flagType = op.operand(0).type();
        Type caseType = values.type().elementType();
        if (!caseType.equals(flagType)) {
            return "'flag' type ('" + TypePrinting.toString(flagType) + "') should match case value type ('"
                    + TypePrinting.toString(caseType) + "')";
        }
        if (values.type().numElements() != destinations) {
            return "number of case values (" + values.type().numElements()
                    + ") should match number of case destinations (" + destinations + ")";
        }
        return null;
    }

    /** One case of a switch being built: its value, destination and operands. */
    public record Case(APInt value, Block destination, List<Value> operands) {
    }

    /** Creates a {@code cf.switch} at the builder's insertion point. */
    public static SwitchOp create(Builder builder, Location location, Value flag, Block defaultDestination,
                                  List<Value> defaultOperands, List<Case> cases) {
        OperationState state = new OperationState(builder.context().operationName(NAME), location);
        state.operands.add(flag);
        state.operands.addAll(defaultOperands);
        state.successors.add(defaultDestination);
        long[] caseSizes = new long[cases.size()];
        long caseTotal = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            state.operands.addAll(c.operands());
            state.successors.add(c.destination());
            caseSizes[i] = c.operands().size();
            caseTotal += caseSizes[i];
        }
        List<NamedAttribute> props = new ArrayList<>(3);
        if (!cases.isEmpty()) {
            List<APInt> values = new ArrayList<>(cases.size());
            for (Case c : cases) values.add(c.value());
            props.add(new NamedAttribute(CASE_VALUES, caseValuesAttr(flag.type(), values)));
        }
        props.add(new NamedAttribute(CASE_OPERAND_SEGMENTS, new DenseArrayAttr(IntegerType.I32, caseSizes)));
        props.add(new NamedAttribute("operandSegmentSizes", new DenseArrayAttr(IntegerType.I32,
                new long[] {1, defaultOperands.size(), caseTotal})));
        state.properties = DictionaryAttr.sorted(props);
        return (SwitchOp) builder.create(state);
    }

    /** {@code dense<[...]> : vector<N x flagType>} of the case values. */
    static DenseIntOrFloatElementsAttr caseValuesAttr(Type flagType, List<APInt> values) {
        VectorType type = new VectorType(new long[] {values.size()}, flagType);
        BigInteger[] bigs = new BigInteger[values.size()];
        for (int i = 0; i < bigs.length; i++) bigs[i] = values.get(i).unsigned();
        return DenseIntOrFloatElementsAttr.ofBigIntegers(type, bigs);
    }
}
