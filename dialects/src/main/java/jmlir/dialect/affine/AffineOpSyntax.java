package jmlir.dialect.affine;

import jmlir.ir.AffineDimExpr;
import jmlir.ir.AffineExpr;
import jmlir.ir.AffineMap;
import jmlir.ir.AffineMapAttr;
import jmlir.ir.AffineSymbolExpr;
import jmlir.ir.Block;
import jmlir.ir.Operation;
import jmlir.ir.Trait;
import jmlir.ir.Attribute;
import jmlir.ir.IndexType;
import jmlir.ir.IntegerSet;
import jmlir.ir.IntegerSetAttr;
import jmlir.ir.MemRefType;
import jmlir.ir.Type;
import jmlir.ir.Value;
import jmlir.syntax.OpAsmParser;
import jmlir.syntax.OpAsmPrinter;
import jmlir.syntax.TokenKind;
import jmlir.syntax.TypePrinting;
import jmlir.syntax.UnresolvedOperand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pieces of syntax the affine ops share: operand lists of maps and sets, and subscripts. */
final class AffineOpSyntax {
    private AffineOpSyntax() {
    }

    /**
     * {@code (%d0, %d1)[%s0]}: the dimension operands, then optionally the symbol operands,
     * resolved as indices into {@code out}; returns the number of dimension operands.
     */
    static int parseDimAndSymbolList(OpAsmParser parser, List<Value> out) {
        parser.expect(TokenKind.LPAREN, "expected '(' in operand list");
        List<UnresolvedOperand> operands = new ArrayList<>();
        if (!parser.consumeIf(TokenKind.RPAREN)) {
            operands.addAll(parser.parseOperandList());
            parser.expect(TokenKind.RPAREN, "expected ')' in operand list");
        }
        int numDims = operands.size();
        if (parser.consumeIf(TokenKind.LSQUARE) && !parser.consumeIf(TokenKind.RSQUARE)) {
            operands.addAll(parser.parseOperandList());
            parser.expect(TokenKind.RSQUARE, "expected ']' in operand list");
        }
        resolveIndices(parser, operands, out);
        return numDims;
    }

    static void resolveIndices(OpAsmParser parser, List<UnresolvedOperand> operands, List<Value> out) {
        for (UnresolvedOperand o : operands) out.add(parser.resolveOperand(o, IndexType.INSTANCE));
    }

    /** {@code (%d0, %d1)} then {@code [%s0]} when there are symbol operands. */
    static void printDimAndSymbolList(OpAsmPrinter printer, List<Value> operands, int numDims) {
        int dims = Math.min(numDims, operands.size());
        printer.print("(");
        printer.printOperands(operands.subList(0, dims));
        printer.print(")");
        if (operands.size() > dims) {
            printer.print("[");
            printer.printOperands(operands.subList(dims, operands.size()));
            printer.print("]");
        }
    }

    /** An attribute that must be an affine map ("invalid kind of attribute specified" otherwise). */
    static AffineMap parseAffineMap(OpAsmParser parser) {
        int at = parser.currentOffset();
        Attribute attr = parser.parseAttribute(null);
        if (attr instanceof AffineMapAttr m) return m.map();
        throw parser.emitError(at, "invalid kind of attribute specified");
    }

    /** An attribute that must be an integer set. */
    static IntegerSet parseIntegerSet(OpAsmParser parser) {
        int at = parser.currentOffset();
        Attribute attr = parser.parseAttribute(null);
        if (attr instanceof IntegerSetAttr s) return s.set();
        throw parser.emitError(at, "invalid kind of attribute specified");
    }

    /** {@code : memref<...>}: a type that must be a memref. */
    static MemRefType parseColonMemRefType(OpAsmParser parser) {
        int at = parser.currentOffset();
        parser.expect(TokenKind.COLON, "expected ':'");
        Type type = parser.parseType();
        if (type instanceof MemRefType m) return m;
        throw parser.emitError(at, "invalid kind of type specified: expected builtin.memref, but found '"
                + TypePrinting.toString(type) + "'");
    }

    /** A type that must be a vector ("invalid kind of type specified" otherwise). */
    static jmlir.ir.VectorType parseVectorType(OpAsmParser parser) {
        int at = parser.currentOffset();
        Type type = parser.parseType();
        if (type instanceof jmlir.ir.VectorType v) return v;
        throw parser.emitError(at, "invalid kind of type specified: expected builtin.vector, but found '"
                + TypePrinting.toString(type) + "'");
    }

    /**
     * The results of {@code map} with its dimensions written as the matching operands and its
     * symbols as {@code symbol(%operand)}: {@code %i + 1, symbol(%n)} (MLIR's
     * printAffineMapOfSSAIds).
     */
    static void printMapOfSsaIds(OpAsmPrinter printer, AffineMap map, List<Value> operands) {
        StringBuilder out = new StringBuilder();
        AffineExpr.LeafPrinter leaves = (leaf, sb) -> {
            if (leaf instanceof AffineDimExpr d) {
                sb.append('%').append(printer.nameOf(operands.get(d.position())));
            } else if (leaf instanceof AffineSymbolExpr s) {
                sb.append("symbol(%").append(printer.nameOf(operands.get(map.numDims() + s.position()))).append(')');
            }
        };
        List<AffineExpr> results = map.results();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) out.append(", ");
            results.get(i).print(out, leaves);
        }
        printer.print(out.toString());
    }

    /** The operands {@code op} holds from {@code start}, {@code count} of them. */
    static List<Value> operands(Operation op, int start, int count) {
        if (count <= 0) return Collections.emptyList();
        List<Value> values = new ArrayList<>(count);
        for (int i = start; i < start + count; i++) values.add(op.operand(i));
        return values;
    }

    /** Gives a parsed body the implicit {@code affine.yield} when it does not end with a terminator. */
    static void ensureTerminator(OpAsmParser parser, List<Block> blocks) {
        if (blocks.isEmpty()) blocks.add(new Block());
        Block last = blocks.getLast();
        Operation end = last.last();
        if (end != null && end.hasTrait(Trait.TERMINATOR)) return;
        last.append(Operation.create(parser.context().operationName(YieldOp.NAME),
                parser.locationAt(parser.nameOffset()), List.of(), List.of(), List.of(), 0, null, null));
    }
}
