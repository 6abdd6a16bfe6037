package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.DictionaryAttr;
import jmlir.ir.OpDef;
import jmlir.ir.Operation;
import jmlir.ir.Region;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmPrinter;

import java.util.ArrayList;
import java.util.List;

/**
 * One print of an op: the op, the printer, and the op's operand and result groups. A run is
 * reused for the next op of its format the same printer prints: {@link #start} re-targets it.
 */
final class PrintRun {
    Operation op;
    OpAsmPrinter p;
    final AssemblyFormat format;
    DictionaryAttr properties;
    private int[] operandSegments;
    private int[] resultSegments;

    PrintRun(AssemblyFormat format) {
        this.format = format;
    }

    void start(Operation op, OpAsmPrinter p) {
        this.op = op;
        this.p = p;
        this.properties = op.properties() instanceof DictionaryAttr d ? d : DictionaryAttr.EMPTY;
        this.operandSegments = null;
        this.resultSegments = null;
    }

    /** The value of attribute spec {@code i}: from the properties or the discardable attributes. */
    Attribute attribute(int i) {
        OpDef.AttrSpec spec = format.def.attributes().get(i);
        return spec.property() ? properties.get(spec.name()) : op.attribute(spec.name());
    }

    private int[] operandSegments() {
        if (operandSegments == null) operandSegments = format.def.operandSegments(op);
        return operandSegments;
    }

    private int[] resultSegments() {
        if (resultSegments == null) resultSegments = format.def.resultSegments(op);
        return resultSegments;
    }

    int operandStart(int i) {
        return format.singleOperands ? i : operandSegments()[2 * i];
    }

    int operandCount(int i) {
        return format.singleOperands ? 1 : operandSegments()[2 * i + 1];
    }

    /** The single operand of spec {@code i}, or null when an optional one is absent. */
    Value operand(int i) {
        return operandCount(i) == 0 ? null : op.operand(operandStart(i));
    }

    List<Value> operands(int i) {
        int start = operandStart(i);
        int n = operandCount(i);
        List<Value> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) list.add(op.operand(start + k));
        return list;
    }

    List<Value> allOperands() {
        List<Value> list = new ArrayList<>(op.numOperands());
        for (int k = 0; k < op.numOperands(); k++) list.add(op.operand(k));
        return list;
    }

    List<Type> operandTypes(int i) {
        int start = operandStart(i);
        int n = operandCount(i);
        List<Type> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) list.add(op.operand(start + k).type());
        return list;
    }

    List<Type> allOperandTypes() {
        List<Type> list = new ArrayList<>(op.numOperands());
        for (int k = 0; k < op.numOperands(); k++) list.add(op.operand(k).type());
        return list;
    }

    int resultStart(int i) {
        return format.singleResults ? i : resultSegments()[2 * i];
    }

    int resultCount(int i) {
        return format.singleResults ? 1 : resultSegments()[2 * i + 1];
    }

    List<Type> resultTypes(int i) {
        int start = resultStart(i);
        int n = resultCount(i);
        List<Type> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) list.add(op.result(start + k).type());
        return list;
    }

    List<Type> allResultTypes() {
        List<Type> list = new ArrayList<>(op.numResults());
        for (int k = 0; k < op.numResults(); k++) list.add(op.result(k).type());
        return list;
    }

    /** Regions of spec {@code i}: one, or (for the trailing variadic spec) the rest. */
    List<Region> regions(int i) {
        int n = format.def.regions().get(i).variadic() ? op.numRegions() - i : 1;
        List<Region> list = new ArrayList<>(Math.max(n, 0));
        for (int k = 0; k < n && i + k < op.numRegions(); k++) list.add(op.region(i + k));
        return list;
    }

    Region region(int i) {
        return i < op.numRegions() ? op.region(i) : null;
    }

    /** Successors of spec {@code i}: one, or (for the trailing variadic spec) the rest. */
    List<Block> successors(int i) {
        int n = format.def.successors().get(i).variadic() ? op.numSuccessors() - i : 1;
        List<Block> list = new ArrayList<>(Math.max(n, 0));
        for (int k = 0; k < n && i + k < op.numSuccessors(); k++) list.add(op.successor(i + k));
        return list;
    }
}
