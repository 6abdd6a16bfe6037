package jmlir.syntax.format;

import jmlir.ir.Attribute;
import jmlir.ir.Block;
import jmlir.ir.NamedAttribute;
import jmlir.ir.Type;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.List;

/**
 * What one parse of an op has read so far, slot by slot (per operand, result, attribute, region
 * and successor of the definition), before types are resolved and the op state is filled.
 */
final class ParseRun {
    final OpAsmParser p;
    final AssemblyFormat format;

    final List<UnresolvedOperand>[] operands;
    final int[] operandAt;
    final List<Type>[] operandTypes;
    final List<Type>[] resultTypes;
    final Attribute[] attributes;
    final List<List<Block>>[] regions;
    final List<Block>[] successors;

    List<UnresolvedOperand> allOperands = List.of();
    int allOperandsAt;
    List<Type> allOperandTypes = List.of();
    List<Type> allResultTypes = List.of();
    List<List<Block>> allRegions = List.of();
    List<Block> allSuccessors = List.of();
    /** Entries of the attribute dictionary ({@code attr-dict}, or a custom directive's). */
    List<NamedAttribute> dictionary = List.of();
    /** Entries of {@code prop-dict}. */
    List<NamedAttribute> propertyDictionary = List.of();

    /** Shared by the slots an op does not have (most ops have no regions or successors). */
    private static final List<?>[] NO_LISTS = new List<?>[0];
    private static final int[] NO_OFFSETS = new int[0];
    private static final Attribute[] NO_ATTRIBUTES = new Attribute[0];

    @SuppressWarnings("unchecked")
    ParseRun(OpAsmParser p, AssemblyFormat format) {
        this.p = p;
        this.format = format;
        int nOperands = format.def.operands().size();
        int nResults = format.def.results().size();
        operands = (List<UnresolvedOperand>[]) emptyLists(nOperands);
        operandTypes = (List<Type>[]) emptyLists(nOperands);
        operandAt = nOperands == 0 ? NO_OFFSETS : new int[nOperands];
        java.util.Arrays.fill(operandAt, p.nameOffset());
        resultTypes = (List<Type>[]) emptyLists(nResults);
        int nAttributes = format.def.attributes().size();
        attributes = nAttributes == 0 ? NO_ATTRIBUTES : new Attribute[nAttributes];
        regions = (List<List<Block>>[]) emptyLists(format.def.regions().size());
        successors = (List<Block>[]) emptyLists(format.def.successors().size());
    }

    /** An array of {@code n} empty lists, to be replaced by what is read. */
    private static List<?>[] emptyLists(int n) {
        if (n == 0) return NO_LISTS;
        List<?>[] lists = new List<?>[n];
        java.util.Arrays.fill(lists, List.of());
        return lists;
    }

    void addDictionaryEntries(List<NamedAttribute> entries) {
        if (dictionary.isEmpty()) dictionary = new ArrayList<>();
        dictionary.addAll(entries);
    }
}
