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

    @SuppressWarnings("unchecked")
    ParseRun(OpAsmParser p, AssemblyFormat format) {
        this.p = p;
        this.format = format;
        int nOperands = format.def.operands().size();
        int nResults = format.def.results().size();
        operands = new List[nOperands];
        operandTypes = new List[nOperands];
        operandAt = new int[nOperands];
        for (int i = 0; i < nOperands; i++) {
            operands[i] = List.of();
            operandTypes[i] = List.of();
            operandAt[i] = p.nameOffset();
        }
        resultTypes = new List[nResults];
        for (int i = 0; i < nResults; i++) resultTypes[i] = List.of();
        attributes = new Attribute[format.def.attributes().size()];
        regions = new List[format.def.regions().size()];
        for (int i = 0; i < regions.length; i++) regions[i] = List.of();
        successors = new List[format.def.successors().size()];
        for (int i = 0; i < successors.length; i++) successors[i] = List.of();
    }

    void addDictionaryEntries(List<NamedAttribute> entries) {
        if (dictionary.isEmpty()) dictionary = new ArrayList<>();
        dictionary.addAll(entries);
    }
}
