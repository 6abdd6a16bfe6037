package jmlir.syntax;

import jmlir.ir.Operation;
import jmlir.ir.OperationState;

/**
 * An op's custom syntax: reads and writes what follows the op's name (the results and the
 * trailing location are handled around it). Written by hand in Java, or compiled from a
 * declarative assembly format.
 */
public interface OpAssembly {
    /** Reads the op's syntax into {@code state}: resolved operands, result types, attributes, regions. */
    void parse(OpAsmParser parser, OperationState state);

    /** Writes the op's syntax; {@code printer} is positioned right after the op's name. */
    void print(Operation op, OpAsmPrinter printer);
}
