package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Type;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one parse of an op has read so far, slot by slot (per operand, result, attribute, region
 * and successor of the definition), before types are resolved and the op state is filled. A run
 * is reused for the next op of its format the same parser reads: {@link #start} empties it.
 */
final class ParseRun {
    OpAsmParser p;
    final AssemblyFormat format;

    final List<UnresolvedOperand>[] operands;
    final int[] operandAt;
    final List<Type>[] operandTypes;
    final List<Type>[] resultTypes;
    final Attribute[] attributes;
    final List<List<Block>>[] regions;
    final List<Block>[] successors;

    List<UnresolvedOperand> allOperands;
    int allOperandsAt;
    List<Type> allOperandTypes;
    List<Type> allResultTypes;
    List<List<Block>> allRegions;
    List<Block> allSuccessors;
    /** Entries of the attribute dictionary ({@code attr-dict}, or a custom directive's). */
    List<NamedAttribute> dictionary;
    /** Entries of {@code prop-dict}. */
    List<NamedAttribute> propertyDictionary;

    /** Shared by the slots an op does not have (most ops have no regions or successors). */
    private static final List<?>[] NO_LISTS = new List<?>[0];
    private static final int[] NO_OFFSETS = new int[0];
    private static final Attribute[] NO_ATTRIBUTES = new Attribute[0];

    @SuppressWarnings("unchecked")
    ParseRun(AssemblyFormat format) {
        this.format = format;
        int nOperands = format.def.operands().size();
        operands = (List<UnresolvedOperand>[]) lists(nOperands);
        operandTypes = (List<Type>[]) lists(nOperands);
        operandAt = nOperands == 0 ? NO_OFFSETS : new int[nOperands];
        resultTypes = (List<Type>[]) lists(format.def.results().size());
        int nAttributes = format.def.attributes().size();
        attributes = nAttributes == 0 ? NO_ATTRIBUTES : new Attribute[nAttributes];
        regions = (List<List<Block>>[]) lists(format.def.regions().size());
        successors = (List<Block>[]) lists(format.def.successors().size());
    }

    private static List<?>[] lists(int n) {
        return n == 0 ? NO_LISTS : new List<?>[n];
    }

    /**
     * Empties every slot for reading an op with {@code p}. Slots are only ever replaced, never
     * changed in place, so what an earlier op took from them is not affected.
     */
    void start(OpAsmParser p) {
        this.p = p;
        Arrays.fill(operands, List.of());
        Arrays.fill(operandTypes, List.of());
        Arrays.fill(operandAt, p.nameOffset());
        Arrays.fill(resultTypes, List.of());
        Arrays.fill(attributes, null);
        Arrays.fill(regions, List.of());
        Arrays.fill(successors, List.of());
        allOperands = List.of();
        allOperandsAt = 0;
        allOperandTypes = List.of();
        allResultTypes = List.of();
        allRegions = List.of();
        allSuccessors = List.of();
        dictionary = List.of();
        propertyDictionary = List.of();
    }

    void addDictionaryEntries(List<NamedAttribute> entries) {
        if (dictionary.isEmpty()) dictionary = new ArrayList<>();
        dictionary.addAll(entries);
    }
}
