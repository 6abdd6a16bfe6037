package jmlir.syntax;

import jmlir.ir.AffineExpr;
import jmlir.ir.AffineExprKind;
import jmlir.ir.AffineMap;
import jmlir.ir.IntegerSet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the body of an affine map or integer set: the dimension and symbol lists that name the
 * inputs, then either {@code -> (results)} or {@code : (constraints)}. Errors carry mlir-opt's
 * messages at mlir-opt's locations.
 *
 * <p>Expressions follow MLIR's grammar: {@code +} and {@code -} bind loosest, {@code *},
 * {@code floordiv}, {@code ceildiv} and {@code mod} tighter, all left-associative; unary minus
 * applies to a single operand. Names are compared as byte ranges of the input, so no string is
 * made per identifier.
 */
final class AffineParser {
    private final Parser p;
    private final Lexer lex;
    private final byte[] buf;

    /** Declared names as [start, end) byte ranges, with the dimension or symbol each stands for. */
    private int[] nameStart = new int[8];
    private int[] nameEnd = new int[8];
    private AffineExpr[] nameExpr = new AffineExpr[8];
    private int numNames;
    private int numDims;
    private int numSymbols;

    /** Where SSA names ({@code %i}, {@code symbol(%n)}) go when they may stand for inputs; else null. */
    private final List<UnresolvedOperand> dimOperands;
    private final List<UnresolvedOperand> symbolOperands;

    AffineParser(Parser p) {
        this(p, null, null);
    }

    private AffineParser(Parser p, List<UnresolvedOperand> dimOperands, List<UnresolvedOperand> symbolOperands) {
        this.p = p;
        this.lex = p.lex;
        this.buf = lex.buffer();
        this.dimOperands = dimOperands;
        this.symbolOperands = symbolOperands;
    }

    /**
     * Reads a list of affine expressions over SSA values between {@code open} and {@code close}
     * ({@code [%i + 1, symbol(%n)]}), as MLIR's parseAffineMapOfSSAIds: each distinct
     * {@code %x} becomes the next dimension, each distinct {@code symbol(%x)} the next symbol.
     * The operands are added to {@code operands}, dimensions first.
     */
    static AffineMap parseMapOfSsaIds(Parser p, TokenKind open, TokenKind close, List<UnresolvedOperand> operands) {
        List<UnresolvedOperand> dims = new ArrayList<>();
        List<UnresolvedOperand> symbols = new ArrayList<>();
        AffineParser ap = new AffineParser(p, dims, symbols);
        List<AffineExpr> results = new ArrayList<>();
        ap.expect(open, "expected '" + open.spelling() + "' in affine map");
        if (!p.consumeIf(close)) {
            do {
                results.add(ap.parseExpr());
            } while (p.consumeIf(TokenKind.COMMA));
            ap.expect(close, "expected '" + close.spelling() + "' in affine map");
        }
        operands.addAll(dims);
        operands.addAll(symbols);
        return AffineMap.get(dims.size(), symbols.size(), results);
    }

    /**
     * Reads one affine expression over SSA values (MLIR's parseAffineExprOfSSAIds): each
     * distinct {@code %x} becomes the next dimension (its operand added to {@code dims}), each
     * distinct {@code symbol(%x)} the next symbol (added to {@code symbols}).
     */
    static AffineExpr parseExprOfSsaIds(Parser p, List<UnresolvedOperand> dims, List<UnresolvedOperand> symbols) {
        return new AffineParser(p, dims, symbols).parseExpr();
    }

    /** {@code %x}: the dimension or symbol it already stands for, or a new one. */
    private AffineExpr parseSsaId(boolean isSymbol) {
        if (dimOperands == null) throw p.errorAtToken("unexpected ssa identifier");
        if (!p.at(TokenKind.PERCENT_IDENTIFIER)) throw p.errorAtToken("expected ssa identifier");
        int i = find(lex.start(), lex.end());
        if (i >= 0) {
            p.advance();
            return nameExpr[i];
        }
        int s = lex.start();
        int e = lex.end();
        UnresolvedOperand operand = p.parseOperandRef();
        AffineExpr meaning;
        if (isSymbol) {
            meaning = AffineExpr.symbol(symbolOperands.size());
            symbolOperands.add(operand);
        } else {
            meaning = AffineExpr.dim(dimOperands.size());
            dimOperands.add(operand);
        }
        addName(s, e, meaning);
        return meaning;
    }

    /** Returns an {@link AffineMap} or an {@link IntegerSet}, whichever the text is. */
    Object parseMapOrSet() {
        parseDimList();
        if (p.at(TokenKind.LSQUARE)) parseSymbolList();
        if (p.consumeIf(TokenKind.ARROW)) return parseResults();
        expect(TokenKind.COLON, "expected '->' or ':'");
        return parseConstraints();
    }

    // ---------------------------------------------------------------- errors

    void expect(TokenKind kind, String message) {
        p.expect(kind, message);
    }

    /** An error at the current token (one character back at end of input). */
    private ParseException errorHere(String message) {
        int at = lex.start();
        if (p.at(TokenKind.EOF) && at > p.source.start()) at--;
        return p.error(at, message);
    }

    // ---------------------------------------------------------------- dimension and symbol lists

    private void parseDimList() {
        expect(TokenKind.LPAREN, "expected '(' in dimensional identifier list");
        if (p.consumeIf(TokenKind.RPAREN)) return;
        do {
            declare(AffineExpr.dim(numDims++));
        } while (p.consumeIf(TokenKind.COMMA));
        expect(TokenKind.RPAREN, "expected ')' in dimensional identifier list");
    }

    private void parseSymbolList() {
        p.advance();
        if (p.consumeIf(TokenKind.RSQUARE)) return;
        do {
            declare(AffineExpr.symbol(numSymbols++));
        } while (p.consumeIf(TokenKind.COMMA));
        expect(TokenKind.RSQUARE, "expected ']' in symbol list");
    }

    private void declare(AffineExpr meaning) {
        if (!p.at(TokenKind.BARE_IDENTIFIER)) throw p.errorAtToken("expected bare identifier");
        int s = lex.start();
        int e = lex.end();
        if (find(s, e) >= 0) {
            String name = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
            throw errorHere("redefinition of identifier '" + name + "'");
        }
        addName(s, e, meaning);
        p.advance();
    }

    private void addName(int s, int e, AffineExpr meaning) {
        if (numNames == nameStart.length) {
            nameStart = Arrays.copyOf(nameStart, numNames * 2);
            nameEnd = Arrays.copyOf(nameEnd, numNames * 2);
            nameExpr = Arrays.copyOf(nameExpr, numNames * 2);
        }
        nameStart[numNames] = s;
        nameEnd[numNames] = e;
        nameExpr[numNames] = meaning;
        numNames++;
    }

    private int find(int s, int e) {
        for (int i = 0; i < numNames; i++) {
            if (Arrays.equals(buf, nameStart[i], nameEnd[i], buf, s, e)) return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- maps and sets

    private AffineMap parseResults() {
        expect(TokenKind.LPAREN, "expected '(' in affine map range");
        List<AffineExpr> results = new ArrayList<>();
        if (!p.consumeIf(TokenKind.RPAREN)) {
            do {
                results.add(parseExpr());
            } while (p.consumeIf(TokenKind.COMMA));
            expect(TokenKind.RPAREN, "expected ')' in affine map range");
        }
        return AffineMap.get(numDims, numSymbols, results);
    }

    private IntegerSet parseConstraints() {
        expect(TokenKind.LPAREN, "expected '(' in integer set constraint list");
        List<AffineExpr> constraints = new ArrayList<>();
        boolean[] eq = new boolean[4];
        if (!p.consumeIf(TokenKind.RPAREN)) {
            do {
                if (constraints.size() == eq.length) eq = Arrays.copyOf(eq, eq.length * 2);
                AffineExpr lhs = parseExpr();
                // Read as MLIR does: each two-token comparison is tried in turn, and a first token
                // that matches stays consumed even when the second does not.
                AffineExpr c;
                if (p.consumeIf(TokenKind.GREATER) && p.consumeIf(TokenKind.EQUAL)) {
                    c = lhs.sub(parseExpr());
                } else if (p.consumeIf(TokenKind.LESS) && p.consumeIf(TokenKind.EQUAL)) {
                    c = parseExpr().sub(lhs);
                } else if (p.consumeIf(TokenKind.EQUAL) && p.consumeIf(TokenKind.EQUAL)) {
                    c = lhs.sub(parseExpr());
                    eq[constraints.size()] = true;
                } else {
                    throw errorHere("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
                }
                constraints.add(c);
            } while (p.consumeIf(TokenKind.COMMA));
            expect(TokenKind.RPAREN, "expected ')' in integer set constraint list");
        }
        if (constraints.isEmpty()) return IntegerSet.get(numDims, numSymbols, AffineExpr.constant(0), true);
        return IntegerSet.get(numDims, numSymbols, constraints, Arrays.copyOf(eq, constraints.size()));
    }

    // ---------------------------------------------------------------- expressions

    /** A sum or difference of terms, each a chain of multiplicative operations. */
    AffineExpr parseExpr() {
        AffineExpr sum = null;
        boolean subtract = false;
        while (true) {
            AffineExpr term = parseOperand(sum != null);
            if (highOp() != null) term = parseProductChain(term);
            sum = sum == null ? term : subtract ? sum.sub(term) : sum.add(term);
            if (p.at(TokenKind.PLUS)) subtract = false;
            else if (p.at(TokenKind.MINUS)) subtract = true;
            else return sum;
            p.advance();
        }
    }

    /** The multiplicative operator at the current token, or null. */
    private AffineExprKind highOp() {
        if (p.at(TokenKind.STAR)) return AffineExprKind.MUL;
        if (!p.at(TokenKind.BARE_IDENTIFIER)) return null;
        if (lex.is("floordiv")) return AffineExprKind.FLOOR_DIV;
        if (lex.is("ceildiv")) return AffineExprKind.CEIL_DIV;
        if (lex.is("mod")) return AffineExprKind.MOD;
        return null;
    }

    /**
     * {@code first op1 x1 op2 x2 ...} from the first operator on, left-associative. As in
     * mlir-opt, a non-affine combination is reported at the operator that follows it (or at its
     * own operator when it is the last one).
     */
    private AffineExpr parseProductChain(AffineExpr first) {
        AffineExpr acc = first;
        AffineExprKind op = highOp();
        int opAt = lex.start();
        p.advance();
        while (true) {
            AffineExpr rhs = parseOperand(true);
            AffineExprKind next = highOp();
            if (next == null) return combine(op, acc, rhs, opAt);
            int nextAt = lex.start();
            p.advance();
            acc = combine(op, acc, rhs, nextAt);
            op = next;
            opAt = nextAt;
        }
    }

    private AffineExpr combine(AffineExprKind op, AffineExpr lhs, AffineExpr rhs, int at) {
        if (op == AffineExprKind.MUL) {
            if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant()) {
                throw p.error(at, "non-affine expression: at least one of the multiply operands has to be either a "
                        + "constant or symbolic");
            }
            return lhs.mul(rhs);
        }
        if (!rhs.isSymbolicOrConstant()) {
            String name = switch (op) {
                case FLOOR_DIV -> "floordiv";
                case CEIL_DIV -> "ceildiv";
                default -> "mod";
            };
            throw p.error(at, "non-affine expression: right operand of " + name
                    + " has to be either a constant or symbolic");
        }
        return AffineExpr.binary(op, lhs, rhs);
    }

    /**
     * An identifier, integer, parenthesized expression or negation. {@code afterOperator} tells
     * whether a binary operator precedes it, which changes the wording of errors.
     */
    private AffineExpr parseOperand(boolean afterOperator) {
        switch (p.kind()) {
            case BARE_IDENTIFIER -> {
                if (lex.is("symbol")) {
                    p.advance();
                    expect(TokenKind.LPAREN, "expected '(' at start of SSA symbol");
                    AffineExpr symbol = parseSsaId(true);
                    expect(TokenKind.RPAREN, "expected ')' at end of SSA symbol");
                    return symbol;
                }
                int i = find(lex.start(), lex.end());
                if (i < 0) throw p.errorAtToken("use of undeclared identifier");
                p.advance();
                return nameExpr[i];
            }
            case PERCENT_IDENTIFIER -> {
                return parseSsaId(false);
            }
            case INTEGER -> {
                AffineExpr c = AffineExpr.constant(integerValue());
                p.advance();
                return c;
            }
            case LPAREN -> {
                p.advance();
                if (p.at(TokenKind.RPAREN)) throw errorHere("no expression inside parentheses");
                AffineExpr inner = parseExpr();
                expect(TokenKind.RPAREN, "expected ')'");
                return inner;
            }
            case MINUS -> {
                p.advance();
                AffineExpr operand;
                try {
                    operand = parseOperand(afterOperator);
                } catch (ParseException e) {
                    // A lexer error stands alone; otherwise mlir-opt adds its own error here.
                    if (p.at(TokenKind.ERROR)) throw e;
                    throw e.followedBy(errorHere("missing operand of negation"));
                }
                return operand.neg();
            }
            case PLUS, STAR -> throw errorHere(afterOperator ? "missing right operand of binary operator"
                    : "missing left operand of binary operator");
            default -> throw errorHere(afterOperator ? "missing right operand of binary operator"
                    : "expected affine expression");
        }
    }

    /** The current integer token's value; it must fit a signed 64-bit integer. */
    private long integerValue() {
        int s = lex.start();
        int e = lex.end();
        boolean hex = e - s > 2 && buf[s + 1] == 'x';
        int radix = hex ? 16 : 10;
        long limit = (Long.MAX_VALUE) / radix;
        long v = 0;
        for (int i = hex ? s + 2 : s; i < e; i++) {
            int d = Character.digit(buf[i], radix);
            if (v > limit || v * radix > Long.MAX_VALUE - d) throw errorHere("constant too large for index");
            v = v * radix + d;
        }
        return v;
    }
}
